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
                .contains("http://localhost:7474/browser/").contains("bolt://localhost:7687")
                .contains("Neo4j login    user neo4j, password in " + dataDir.resolve("neo4j/geokg-password"));
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

    /** A bind address that is empty, unparseable, or public without a token stops serve before Neo4j starts. */
    @Test
    void badOrExposedBindAddressesAreRefusedBeforeAnythingStarts() {
        for (String bind : new String[] {"", "every-interface", "0.0.0.0"}) {
            System.setProperty("GEOKG_BIND", bind);
            try {
                for (String[] args : new String[][] {{"serve"}, {"demo", "--serve"}}) {
                    String[] all = new String[args.length + 2];
                    all[0] = "--data-dir";
                    all[1] = dataDir.toString();
                    System.arraycopy(args, 0, all, 2, args.length);
                    Cli run = Cli.run(all);
                    assertThat(run.code()).as(bind + " " + String.join(" ", args)).isEqualTo(1);
                    assertThat(run.err()).startsWith("geokg: GEOKG_BIND");
                    assertThat(dataDir.resolve("neo4j")).as("no database was started").doesNotExist();
                }
            } finally {
                System.clearProperty("GEOKG_BIND");
            }
        }
    }
}
