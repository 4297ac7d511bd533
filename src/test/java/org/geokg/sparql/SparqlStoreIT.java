package org.geokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.graph.GraphStore;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.geokg.model.Modality;
import org.geokg.model.Plover;
import org.geokg.testing.Fixtures;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPARQL over a TDB2 copy of the export of the shared embedded Neo4j, kept in step with it. */
class SparqlStoreIT {
    private static final String GK = "PREFIX gk: <https://w3id.org/geokg/ontology#> ";

    @TempDir
    Path dataDir;

    private GraphStore graph;
    private SparqlStore sparql;

    @BeforeEach
    void open() {
        TestGraph.clean();
        graph = TestGraph.store();
        graph.store(Fixtures.sample("sp-1"), List.of());
        sparql = SparqlStore.open(dataDir, graph, "https://w3id.org/geokg/id/", Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        sparql.close();
    }

    @Test
    void sparqlCountsTheSameFactsAsCypher() throws Exception {
        assertThat(count("SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f a gk:Fact }"))
                .isEqualTo(TestGraph.count("MATCH (f:Fact) RETURN count(f)")).isEqualTo(graph.stats().facts());
        Map<String, Long> byType = new HashMap<>();
        JsonNode rows = json("PREFIX plover: <https://w3id.org/geokg/plover#> SELECT ?type (COUNT(?f) AS ?n) "
                + "{ ?f gk:ploverType ?c BIND(STRAFTER(STR(?c), STR(plover:)) AS ?type) } GROUP BY ?type");
        rows.path("results").path("bindings").forEach(b ->
                byType.put(b.path("type").path("value").asText(), b.path("n").path("value").asLong()));
        assertThat(byType).isEqualTo(graph.stats().factsByPlover());
        // Direct triples only for asserted facts, as in Neo4j.
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?a gk:reject|gk:sanction|gk:assault ?b }"))
                .isEqualTo(TestGraph.count("MATCH ()-[r:REJECT|SANCTION|ASSAULT]->() RETURN count(r)"));
    }

    @Test
    void rebuildsOnlyWhenTheGraphChanges() throws Exception {
        assertThat(sparql.refresh()).as("first build").isPositive();
        assertThat(sparql.refresh()).as("nothing changed").isEqualTo(-1);
        graph.store(Fixtures.sample("sp-2"), List.of());
        assertThat(sparql.refresh()).as("a second report").isPositive();
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?f gk:reportedIn ?a }")).isEqualTo(6);
        Article a = Fixtures.article("sp-3", "Mexico consults the US.");
        graph.store(new Extraction(a, List.of(Fixtures.MEX, Fixtures.USA), List.of(),
                List.of(Fixtures.fact(a, Fixtures.MEX, Plover.CONSULT, Fixtures.USA, false, Modality.ASSERTED)),
                Map.of(), 1), List.of());
        assertThat(count("SELECT (COUNT(?f) AS ?n) { ?f a gk:Consult }")).as("refreshed before the query").isEqualTo(1);
    }

    @Test
    void theStoreSurvivesReopening() throws Exception {
        sparql.refresh();
        sparql.close();
        sparql = SparqlStore.open(dataDir, graph, "https://w3id.org/geokg/id/", Duration.ofSeconds(30));
        assertThat(sparql.refresh()).isEqualTo(-1);
        assertThat(count("SELECT (COUNT(?f) AS ?n) { ?f a gk:Fact }")).isEqualTo(3);
        SparqlStore other = SparqlStore.open(dataDir, graph, "http://example.org/kg/", Duration.ofSeconds(30));
        assertThat(other.refresh()).as("another base IRI means another export").isPositive();
    }

    @Test
    void everyExampleQueryRuns() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("ontology/queries"))) {
            List<Path> queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
            for (Path q : queries) {
                JsonNode result = json(Files.readString(q));
                assertThat(result.path("head").path("vars").size()).as(q.toString()).isPositive();
            }
        }
        JsonNode evidence = json(Files.readString(Path.of("ontology/queries/evidence-for-relation.rq")));
        assertThat(evidence.path("results").path("bindings").get(0).path("evidence").path("value").asText())
                .isEqualTo("Sheinbaum rejected US troops.");
    }

    @Test
    void outputsInEveryFormat() {
        String select = GK + "SELECT ?id { ?a gk:actorId ?id } ORDER BY ?id";
        assertThat(run(select, SparqlOutput.CSV)).startsWith("id\r\ncountry:MEX\r\n");
        assertThat(run(select, SparqlOutput.TSV)).startsWith("?id\n\"country:MEX\"\n");
        assertThat(run(select, SparqlOutput.XML)).contains("<literal>country:MEX</literal>");
        assertThat(run(select, SparqlOutput.TABLE)).containsPattern("\\| \"country:MEX\" +\\|");
        assertThat(run(GK + "ASK { ?f a gk:Reject }", SparqlOutput.JSON)).contains("\"boolean\" : true");
        String construct = GK + "CONSTRUCT { ?a gk:reject ?b } WHERE { ?a gk:reject ?b }";
        assertThat(run(construct, SparqlOutput.NTRIPLES)).contains("<https://w3id.org/geokg/ontology#reject>");
        assertThat(run(construct, SparqlOutput.JSONLD)).contains("claudia-sheinbaum");
        assertThat(run(GK + "DESCRIBE ?a WHERE { ?a gk:actorId \"country:MEX\" }", SparqlOutput.TURTLE))
                .contains("Mexico");
        assertThatThrownBy(() -> run(select, SparqlOutput.TURTLE)).hasMessageContaining("does not fit");
    }

    @Test
    void updatesAndBadQueriesAreRefusedWithReasons() {
        assertThatThrownBy(() -> sparql.prepare(GK + "INSERT DATA { gk:x gk:y gk:z }"))
                .isInstanceOfSatisfying(SparqlStore.QueryException.class,
                        e -> assertThat(e.reason()).isEqualTo(SparqlStore.QueryException.Reason.UPDATE))
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> sparql.prepare("SELECT ?x WHERE { ?x"))
                .isInstanceOfSatisfying(SparqlStore.QueryException.class,
                        e -> assertThat(e.reason()).isEqualTo(SparqlStore.QueryException.Reason.BAD_QUERY))
                .hasMessageContaining("bad SPARQL query");
    }

    @Test
    void aQueryStopsAtTheTimeLimit() {
        sparql.refresh();
        SparqlStore slow = SparqlStore.open(dataDir, graph, "https://w3id.org/geokg/id/", Duration.ofMillis(200));
        String cube = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        assertThatThrownBy(() -> slow.run(slow.prepare(cube), SparqlOutput.JSON, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(SparqlStore.QueryException.class,
                        e -> assertThat(e.reason()).isEqualTo(SparqlStore.QueryException.Reason.TIMEOUT))
                .hasMessageContaining("time limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    private long count(String query) throws Exception {
        return json(GK + query).path("results").path("bindings").get(0).path("n").path("value").asLong();
    }

    private JsonNode json(String query) throws Exception {
        return new ObjectMapper().readTree(run(query.contains("PREFIX gk:") ? query : GK + query, SparqlOutput.JSON));
    }

    private String run(String query, SparqlOutput output) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sparql.run(sparql.prepare(query), output, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
