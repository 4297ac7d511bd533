package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick start's demo, on its own embedded Neo4j in a fresh data directory, as a new user runs it. */
class DemoCommandIT {
    @TempDir
    Path dataDir;

    @Test
    void demoStoresTheSampleStoryAndExportsIt() throws Exception {
        Cli demo = Cli.run("--data-dir", dataDir.toString(), "demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("5 sample article(s), 5 stored now")
                .contains("facts by PLOVER type").contains("REJECT")
                .contains("http://localhost:7474/browser/").contains("bolt://localhost:7687");
        Path nt = dataDir.resolve("demo.nt");
        assertThat(Cli.run("--data-dir", dataDir.toString(), "export", "--format", "nt", "--out", nt.toString()).code())
                .isZero();
        String rdf = Files.readString(nt);
        assertThat(rdf).contains("Sheinbaum").contains("<http://www.wikidata.org/entity/Q96>");
        // Mexico, its government or Sheinbaum rejects the United States or its forces: the seed story.
        assertThat(rdf).containsPattern("actor/(country/MEX|person/claudia-sheinbaum|[a-z]+/MEX/[^>]+)> "
                + "<https://w3id.org/geokg/ontology#reject> <https://w3id.org/geokg/id/actor/(country/USA|[a-z]+/USA/[^>]+)>");
        Cli again = Cli.run("--data-dir", dataDir.toString(), "demo");
        assertThat(again.out()).contains("0 stored now, 5 already stored");
    }
}
