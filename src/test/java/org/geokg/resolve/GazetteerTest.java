package org.geokg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.model.ActorType;
import org.geokg.model.Entity;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.load();

    private Entity named(String surface) {
        return g.match(surface).map(Gazetteer.Hit::entity)
                .orElseThrow(() -> new AssertionError("not in the gazetteer: " + surface));
    }

    @Test
    void countriesByNameShortFormDemonymAndCapital() {
        assertThat(named("Mexico").id()).isEqualTo("country:MEX");
        assertThat(named("Mexico").wikidata()).isEqualTo("Q96");
        assertThat(named("the United States").id()).isEqualTo("country:USA");
        assertThat(named("U.S.").id()).isEqualTo("country:USA");
        assertThat(named("US").id()).isEqualTo("country:USA");
        assertThat(g.match("Mexican").orElseThrow().kind()).isEqualTo(Gazetteer.Kind.DEMONYM);
        assertThat(g.match("Kremlin").orElseThrow().entity().id()).isEqualTo("country:RUS");
        assertThat(g.match("Beijing").orElseThrow().kind()).isEqualTo(Gazetteer.Kind.METONYM);
        assertThat(g.country("TWN")).isPresent();
    }

    @Test
    void everyIsoCountryIsThere() {
        for (String iso3 : new String[] {"AFG", "BRA", "CHN", "DEU", "FRA", "GBR", "IND", "IRN", "ISR", "JPN", "KOR",
                "MEX", "NGA", "PAK", "PHL", "PRK", "PSE", "RUS", "SDN", "SYR", "UKR", "USA", "VEN", "ZAF", "ZWE"}) {
            assertThat(g.country(iso3)).as(iso3).isPresent();
        }
        assertThat(g.size()).isGreaterThan(600);
    }

    @Test
    void organisationsPeopleBodiesAndTitles() {
        Entity cjng = named("Jalisco New Generation Cartel");
        assertThat(named("CJNG")).isEqualTo(cjng);
        assertThat(cjng.type()).isEqualTo(ActorType.CriminalOrganization);
        assertThat(cjng.country()).isEqualTo("MEX");
        assertThat(named("State Department").country()).isEqualTo("USA");
        assertThat(named("state department")).isEqualTo(named("State Department"));
        assertThat(named("Security Council").type()).isEqualTo(ActorType.InternationalOrganization);
        Entity sheinbaum = named("Claudia Sheinbaum");
        assertThat(sheinbaum.country()).isEqualTo("MEX");
        assertThat(named("Sheinbaum")).isEqualTo(sheinbaum);
        assertThat(g.holder("MEX", "president")).contains(sheinbaum);
        Gazetteer.Body ministry = g.body("foreign ministry").orElseThrow();
        assertThat(g.bodyOf(ministry, "MEX").id()).isEqualTo("gov:MEX:foreign-ministry");
        assertThat(g.title("secretary of state").orElseThrow().defaultCountry()).isEqualTo("USA");
    }
}
