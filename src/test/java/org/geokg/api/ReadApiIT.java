package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read endpoints through real HTTP, over articles posted to the same server. */
class ReadApiIT {
    private static Api api;

    @BeforeAll
    static void start() {
        TestGraph.clean();
        api = Api.start(Map.of());
        String batch = String.join("\n",
                Api.article("r-1", "2025-08-08", ArticlesApiIT.MEXICO),
                Api.article("r-2", "2025-03-01", "Russia attacked Ukraine on Monday."),
                Api.article("r-3", "2025-02-01", "China threatened Taiwan with military drills."),
                Api.article("r-4", "2025-01-15", "France accused Iran of violating the agreement."));
        assertThat(api.post("/api/articles", Api.NDJSON, batch).json().path("stored").asInt()).isEqualTo(4);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void factsFilterBySubjectObjectTypeAndDates() {
        JsonNode mex = api.get("/api/facts?subject=mexico&plover=reject").json();
        assertThat(mex.path("total").asLong()).isEqualTo(1);
        JsonNode fact = mex.path("facts").get(0);
        assertThat(fact.path("subject").path("country").asText()).isEqualTo("MEX");
        assertThat(fact.path("object").path("id").asText()).isEqualTo("mil:USA:military");
        assertThat(api.get("/api/facts?subject=MEX").json().path("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/facts?subject=country:MEX").json().path("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/facts?object=Ukraine").json().path("facts").get(0).path("plover").asText())
                .isEqualTo("ASSAULT");
        JsonNode february = api.get("/api/facts?since=2025-02-01&until=2025-02-28").json();
        assertThat(february.path("total").asLong()).isPositive();
        february.path("facts").forEach(f -> assertThat(f.path("date").asText()).startsWith("2025-02"));
        assertThat(api.get("/api/facts?subject=nobody").json().path("total").asLong()).isZero();
        // Values only ever travel as parameters: Cypher in a filter is just a name that matches nothing.
        String injection = URLEncoder.encode("x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
                StandardCharsets.UTF_8);
        assertThat(api.get("/api/facts?subject=" + injection).json().path("total").asLong()).isZero();
        assertThat(TestGraph.count("MATCH (a:Article) RETURN count(a)")).isEqualTo(4);
    }

    @Test
    void factsComeInPagesThatAddUpToTheTotal() {
        long total = api.get("/api/facts").json().path("total").asLong();
        assertThat(total).isEqualTo(TestGraph.count("MATCH (f:Fact) RETURN count(f)")).isGreaterThan(2);
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < total; page++) {
            JsonNode p = api.get("/api/facts?size=1&page=" + page).json();
            assertThat(p.path("facts").size()).isEqualTo(1);
            seen.add(p.path("facts").get(0).path("id").asText());
        }
        assertThat(seen).hasSize((int) total);
        assertThat(api.get("/api/facts?size=1&page=" + total).json().path("facts").size()).isZero();
    }

    @Test
    void badFactFiltersAreProblems() {
        assertProblem(api.get("/api/facts?plover=FRIENDSHIP"), 400, "unknown PLOVER type 'FRIENDSHIP'");
        assertProblem(api.get("/api/facts?since=yesterday"), 400, "since must be a date YYYY-MM-DD");
        assertProblem(api.get("/api/facts?size=0"), 400, "size must be between 1 and 500");
        assertProblem(api.get("/api/facts?page=-1"), 400, "page must be 0 or more");
        assertProblem(api.get("/api/facts?page=two"), 400, "page");
    }

    @Test
    void actorsByFullTextAndOneWithItsRelations() {
        JsonNode hits = api.get("/api/actors?q=mexi").json();
        assertThat(hits.get(0).path("id").asText()).isEqualTo("country:MEX");
        assertThat(hits.get(0).path("facts").asLong()).isPositive();
        assertThat(api.get("/api/actors?q=" + URLEncoder.encode("mex* AND (\"", StandardCharsets.UTF_8)).status())
                .as("Lucene syntax in q is plain text").isEqualTo(200);
        assertProblem(api.get("/api/actors"), 400, "missing q");
        assertProblem(api.get("/api/actors?q=" + URLEncoder.encode("*:*", StandardCharsets.UTF_8)), 400,
                "letter or digit");

        JsonNode mexico = api.get("/api/actors/country:MEX").json();
        assertThat(mexico.path("name").asText()).isEqualTo("Mexico");
        assertThat(mexico.path("asSubject").asLong()).isEqualTo(1);
        JsonNode reject = mexico.path("relations").path("REJECT");
        assertThat(reject.path("facts").asLong()).isEqualTo(1);
        assertThat(reject.path("outgoing").get(0).path("actor").path("id").asText()).isEqualTo("mil:USA:military");
        JsonNode military = api.get("/api/actors/mil:USA:military").json();
        assertThat(military.path("relations").path("REJECT").path("incoming").get(0).path("actor").path("id")
                .asText()).isEqualTo("country:MEX");
        assertThat(military.path("memberOf").get(0).path("actor").path("id").asText()).isEqualTo("country:USA");
        assertProblem(api.get("/api/actors/country:XXX"), 404, "no actor with id 'country:XXX'");
        assertProblem(api.get("/api/articles/no-such-article"), 404, "no article with id 'no-such-article'");
    }

    @Test
    void theQueryLibraryRunsWithCheckedParameters() {
        JsonNode list = api.get("/api/queries").json();
        assertThat(list.findValuesAsText("name")).contains("who-did-what", "dyad-timeline", "actor-search");
        JsonNode r = api.get("/api/queries/who-did-what?types=REJECT").json();
        assertThat(r.path("columns").toString()).contains("subject_id");
        assertThat(r.path("rows").get(0).path("subject_id").asText()).isEqualTo("country:MEX");
        assertThat(api.get("/api/queries/actor-search?text=mex").json().path("rows").size()).isPositive();
        assertProblem(api.get("/api/queries/who-did-what?types=NOPE"), 400, "unknown PLOVER type 'NOPE'");
        assertProblem(api.get("/api/queries/who-did-what?colour=red"), 400, "has no parameter 'colour'");
        assertProblem(api.get("/api/queries/dyad-timeline"), 400, "needs a=<string>");
        assertProblem(api.get("/api/queries/no-such-query"), 404, "no query named 'no-such-query'");
    }

    @Test
    void exportStreamsRdfThatParses() {
        Api.Answer ttl = api.get("/api/export?format=ttl");
        assertThat(ttl.status()).isEqualTo(200);
        assertThat(ttl.type()).startsWith("text/turtle");
        long all = RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph().size();
        Api.Answer nt = api.get("/api/export?format=nt&plover=REJECT&since=2025-08-01");
        assertThat(nt.type()).startsWith("application/n-triples");
        long rejects = RDFParser.fromString(nt.body(), Lang.NTRIPLES).strict(true).toGraph().size();
        assertThat(rejects).isPositive().isLessThan(all);
        assertThat(nt.body()).contains("/actor/country/MEX>").doesNotContain("/actor/country/UKR>");
        assertProblem(api.get("/api/export?format=pdf"), 400, "unknown RDF format 'pdf'");
        assertProblem(api.get("/api/export?actor=nobody-at-all"), 400, "no actor with id or name 'nobody-at-all'");
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServedLocally() {
        JsonNode doc = api.get("/v3/api-docs").json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").has("/api/articles")).isTrue();
        for (String path : new String[] {"/api/articles/{id}", "/api/facts", "/api/actors", "/api/actors/{id}",
                "/api/queries/{name}", "/api/export", "/api/stats"}) {
            assertThat(doc.path("paths").has(path)).as(path).isTrue();
        }
        assertThat(doc.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
        Api.Answer ui = api.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).doesNotContain("://");
        assertThat(api.get("/swagger-ui/swagger-initializer.js").body()).doesNotContain("petstore");
        assertThat(api.get("/v3/api-docs/swagger-config").json().path("validatorUrl").asText()).isEqualTo("none");
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        assertProblem(api.get("/api/nothing-here"), 404, "");
        assertProblem(api.send(api.request("/api/facts").DELETE()), 405, "DELETE");
        assertThat(api.get("/actuator/health").body()).contains("\"neo4j\":{\"status\":\"UP\"");
    }

    static void assertProblem(Api.Answer r, int status, String detail) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/problem+json");
        assertThat(r.detail()).contains(detail);
    }
}
