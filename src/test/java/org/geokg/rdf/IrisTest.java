package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IrisTest {
    @Test
    void mintsStableIrisFromCanonicalIds() {
        Iris iris = new Iris("https://example.org/kg");
        assertThat(iris.actor("country:MEX").getURI()).isEqualTo("https://example.org/kg/actor/country/MEX");
        assertThat(iris.actor("gov:USA:state-department").getURI())
                .isEqualTo("https://example.org/kg/actor/gov/USA/state-department");
        assertThat(iris.actor("person:jos\u00e9 p").getURI()).isEqualTo("https://example.org/kg/actor/person/jos%C3%A9%20p");
        assertThat(iris.fact("00ff").getURI()).isEqualTo("https://example.org/kg/fact/00ff");
        assertThat(Iris.ploverClass("REJECT").getURI()).isEqualTo(Iris.GK + "Reject");
        assertThat(Iris.ploverProperty("REJECT").getURI()).isEqualTo(Iris.GK + "reject");
    }
}
