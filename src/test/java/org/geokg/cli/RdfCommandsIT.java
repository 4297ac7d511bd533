package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.testing.Cli;
import org.geokg.testing.Fixtures;
import org.geokg.testing.LoopbackListener;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export, validate and sparql on the command line, against the shared Neo4j reached as a server (NEO4J_URI). */
class RdfCommandsIT {
    private static final String GK = "PREFIX gk: <https://w3id.org/geokg/ontology#> ";

    @TempDir
    Path dir;

    @BeforeEach
    void storeSample() {
        TestGraph.useAsExternalServer();
        TestGraph.clean();
        TestGraph.store().store(Fixtures.sample("cli-1"), List.of());
    }

    @AfterEach
    void reset() {
        TestGraph.stopUsingAsExternalServer();
    }

    @Test
    void exportFiltersAndReportsWhatItWrote() throws Exception {
        Path out = dir.resolve("sanctions.jsonld");
        Cli run = cli("export", "--format", "jsonld", "-o", out.toString(), "--plover", "sanction,threaten",
                "--since", "2025-01-01", "--until", "2025-12-31", "--actor", "Mexico");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("wrote \\d+ statements to .*sanctions.jsonld");
        String json = Files.readString(out);
        assertThat(json).contains("\"@context\"").contains("gk:Sanction").doesNotContain("gk:Reject");
        assertThat(new ObjectMapper().readTree(json).path("@graph").isArray()).isTrue();
    }

    @Test
    void badExportOptionsAreUsageErrors() {
        Cli badDate = cli("export", "--since", "August");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("--since must be a date YYYY-MM-DD (was 'August')");
        assertThat(cli("export", "--plover", "HUG").err()).contains("unknown PLOVER type 'HUG'");
        assertThat(cli("export", "--format", "csv").err()).contains("use ttl, trig, nt, nq, jsonld or rdfxml");
        Cli nobody = cli("export", "--actor", "Atlantis");
        assertThat(nobody.code()).isEqualTo(1);
        assertThat(nobody.err().strip()).isEqualTo("geokg: no actor with id or name 'Atlantis'");
    }

    @Test
    void validateChecksTheGraphOrAFile() throws Exception {
        Cli graph = cli("validate");
        assertThat(graph.code()).as(graph.out() + graph.err()).isZero();
        assertThat(graph.out()).containsPattern("the graph's export conforms to the shapes \\(\\d+ statements checked\\)");

        Path ttl = dir.resolve("graph.ttl");
        assertThat(cli("export", "-o", ttl.toString()).code()).isZero();
        assertThat(cli("validate", ttl.toString()).code()).isZero();
        // Break it: a fact loses its subject.
        String broken = Files.readString(ttl).replaceFirst("\n    gk:subject <[^>]+>", "");
        Path bad = Files.writeString(dir.resolve("broken.ttl"), broken);
        Cli run = cli("validate", bad.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("violation: https://w3id.org/geokg/id/fact/")
                .contains("A fact has exactly one gk:subject, an actor.")
                .containsPattern("broken.ttl does not conform: \\d+ violation\\(s\\)");
        Cli missing = cli("validate", dir.resolve("nope.ttl").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.ttl: no such file");
    }

    @Test
    void sparqlAnswersInTheChosenFormat() throws Exception {
        Cli csv = cli("sparql", "--query", GK + "SELECT (COUNT(?f) AS ?facts) { ?f a gk:Fact }", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).isEqualTo("facts\r\n3\r\n");
        assertThat(csv.err()).containsPattern("SPARQL store rebuilt from the graph: \\d+ statements");
        Path q = Files.writeString(dir.resolve("q.rq"), GK + "SELECT ?id { ?a gk:actorId ?id } ORDER BY ?id");
        Cli table = cli("sparql", "--file", q.toString());
        assertThat(table.out()).contains("\"country:MEX\"").contains("| id ");
        assertThat(table.err()).as("the store is current now").doesNotContain("rebuilt");
        Cli json = cli("sparql", "--query", GK + "CONSTRUCT { ?a gk:reject ?b } { ?a gk:reject ?b }", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).toString()).contains("claudia-sheinbaum");
    }

    @Test
    void sparqlRefusesUpdatesAndExplainsBadQueries() {
        Cli update = cli("sparql", "--query", GK + "DELETE WHERE { ?s ?p ?o }");
        assertThat(update.code()).isEqualTo(2);
        assertThat(update.err().strip()).isEqualTo("geokg: SPARQL Update is not allowed: the store is read-only");
        Cli bad = cli("sparql", "--query", "SELECT ?x WHERE {");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("geokg: bad SPARQL query:");
        assertThat(cli("sparql").code()).as("--query or --file is required").isEqualTo(2);
        assertThat(cli("sparql", "--query", "ASK {}", "--format", "ttl").err()).contains("results table");
    }

    @Test
    void sparqlMakesNoOutboundRequest() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            String url = listener.url("/sparql");
            List<String> queries = List.of(
                    "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE <http://localhost:" + listener.port() + "/x> { ?s ?p ?o } }",
                    "SELECT * { VALUES ?e { <" + url + "> } SERVICE ?e { ?s ?p ?o } }",
                    "ASK { FILTER EXISTS { SERVICE <" + url + "> { ?s ?p ?o } } }",
                    GK + "SELECT * { ?f a gk:Fact OPTIONAL { SERVICE <" + url + "> { ?f ?p ?o } } }");
            for (String q : queries) {
                Cli run = cli("sparql", "--query", q);
                assertThat(run.code()).as(q + "\n" + run.err()).isEqualTo(2);
                assertThat(run.err().strip()).as(q).startsWith("geokg: SERVICE is not allowed");
                assertThat(run.out()).as(q).isEmpty();
            }
            assertThat(listener.connections()).as("connections to the loopback listener").isZero();
        }
    }

    private Cli cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }
}
