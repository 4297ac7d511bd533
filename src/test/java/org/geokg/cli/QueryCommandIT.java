package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.geokg.testing.Cli;
import org.geokg.testing.Fixtures;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg query} against the shared Neo4j, reached as an external server (NEO4J_URI). */
class QueryCommandIT {
    @TempDir
    Path dir;

    @BeforeEach
    void pointAtSharedGraph() {
        TestGraph.useAsExternalServer();
        TestGraph.clean();
        TestGraph.store().store(Fixtures.sample("q1"), List.of());
    }

    @AfterEach
    void reset() {
        TestGraph.stopUsingAsExternalServer();
    }

    @Test
    void listShowsEveryQueryWithItsParametersAndExamples() {
        Cli list = Cli.run("query", "--list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("dyad-timeline", "who-did-what", "dyad-balance", "shortest-path")
                .contains("types        list<plover>")
                .contains("e.g. geokg query dyad-timeline --param a=MEX --param b=USA");
    }

    @Test
    void formatsTableCsvAndJson() throws Exception {
        Cli table = Cli.run("query", "who-did-what", "--param", "types=REJECT");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out().lines().toList()).hasSize(3).first().asString()
                .startsWith("subject            type    object         facts  first       last");
        assertThat(table.out()).contains("Claudia Sheinbaum  REJECT  United States  1      2025-08-08")
                .endsWith("1 row(s)\n");

        Cli csv = Cli.run("query", "who-did-what", "-p", "types=reject,sanction", "--format", "csv");
        assertThat(csv.out().lines().toList()).containsExactly(
                "subject,type,object,facts,first,last,subject_id,object_id",
                "Claudia Sheinbaum,REJECT,United States,1,2025-08-08,2025-08-08,person:claudia-sheinbaum,country:USA",
                "State Department,SANCTION,Mexico,1,2025-08-08,2025-08-08,gov:USA:state-department,country:MEX");

        Cli json = Cli.run("query", "article-facts", "--param", "article=q1", "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("evidence").asText()).isEqualTo("Sheinbaum rejected US troops.");
        assertThat(rows.findValuesAsText("type")).containsExactlyInAnyOrder("REJECT", "SANCTION", "ASSAULT");
    }

    @Test
    void badUseIsOneClearLineAndExitOne() {
        assertError(Cli.run("query", "nope"), "geokg: unknown query 'nope' (geokg query --list shows them)");
        assertError(Cli.run("query", "dyad-timeline", "--param", "a=MEX"),
                "geokg: query dyad-timeline needs --param b=<string>: the other side, the same way");
        assertError(Cli.run("query", "most-targeted", "--param", "limit=many"),
                "geokg: query most-targeted: bad value for limit (int): 'many' is not a whole number");
        assertError(Cli.run("query", "most-targeted", "--param", "colour=red"),
                "geokg: query most-targeted has no parameter 'colour' (it takes: types, from, to, limit)");
        assertError(Cli.run("query", "most-targeted", "--format", "xml"),
                "geokg: unknown format 'xml' (use table, json or csv)");
        assertError(Cli.run("query"), "geokg: name a query to run, or use --list to see them");
    }

    private static void assertError(Cli run, String line) {
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(line);
    }
}
