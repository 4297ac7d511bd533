package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.geokg.config.Settings;
import org.geokg.testing.Fixtures;
import org.geokg.testing.LoopbackListener;
import org.geokg.testing.TestGraph;
import org.geokg.testing.ScratchDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The SPARQL 1.1 Protocol endpoint of {@code serve}, through real HTTP, over the shared embedded Neo4j. */
class SparqlEndpointIT {
    private static final String COUNT = "PREFIX gk: <https://w3id.org/geokg/ontology#> "
            + "SELECT (COUNT(?f) AS ?facts) WHERE { ?f a gk:Fact }";
    private static ConfigurableApplicationContext web;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        TestGraph.clean();
        TestGraph.store().store(Fixtures.sample("http-1"), List.of());
        Path dataDir = ScratchDirs.create("geokg-sparql-it");
        Settings settings = Settings.fromMap(Map.of("GEOKG_API_PORT", "0"), dataDir);
        web = ApiServer.start(TestGraph.runtime(), TestGraph.store(), settings);
        base = "http://127.0.0.1:" + ((ServletWebServerApplicationContext) web).getWebServer().getPort() + "/sparql";
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void getAnswersStandardJsonResults() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode(COUNT))));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/sparql-results+json"));
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.path("head").path("vars").get(0).asText()).isEqualTo("facts");
        assertThat(json.path("results").path("bindings").get(0).path("facts").path("value").asLong())
                .isEqualTo(TestGraph.count("MATCH (f:Fact) RETURN count(f)")).isEqualTo(3);
    }

    @Test
    void postAsFormOrAsQueryBody() throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(COUNT))));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).isEqualTo("facts\r\n3\r\n");
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT)));
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
        assertThat(direct.body()).contains("<binding name=\"facts\">");
        HttpResponse<String> tsv = send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode(COUNT)))
                .header("Accept", "text/tab-separated-values"));
        assertThat(tsv.body()).startsWith("?facts\n3");
    }

    @Test
    void graphsAreNegotiatedToo() throws Exception {
        String construct = "PREFIX gk: <https://w3id.org/geokg/ontology#> "
                + "CONSTRUCT { ?a gk:reject ?b } WHERE { ?a gk:reject ?b }";
        HttpResponse<String> ttl = send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode(construct))));
        assertThat(ttl.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(RDFParser.fromString(ttl.body(), Lang.TURTLE).toGraph().size()).isEqualTo(1);
        HttpResponse<String> nt = send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode(construct)))
                .header("Accept", "application/n-triples"));
        assertThat(RDFParser.fromString(nt.body(), Lang.NTRIPLES).strict(true).toGraph().size()).isEqualTo(1);
        HttpResponse<String> jsonld = send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode(construct)))
                .header("Accept", "application/ld+json"));
        assertThat(jsonld.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().size()).isEqualTo(1);
        HttpResponse<String> png = send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode(construct)))
                .header("Accept", "image/png"));
        assertThat(png.statusCode()).isEqualTo(406);
    }

    @Test
    void updatesAreRefusedAndErrorsExplained() throws Exception {
        String insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        HttpResponse<String> asQuery = send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode(insert))));
        assertThat(asQuery.statusCode()).isEqualTo(403);
        assertThat(asQuery.body()).contains("read-only");
        HttpResponse<String> asUpdate = send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
        assertThat(asUpdate.statusCode()).isEqualTo(403);
        HttpResponse<String> formUpdate = send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(insert))));
        assertThat(formUpdate.statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode("SELECT ?x {")))).statusCode())
                .isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(URI.create(base))).statusCode()).as("no query").isEqualTo(400);
        // Nothing was written.
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode("ASK { <urn:a> ?p ?o }"))))
                .body()).contains("false");
    }

    @Test
    void serviceCallsAreRefusedWithoutConnecting() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            for (String q : List.of("SELECT * { SERVICE <" + listener.url("/q") + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT <http://localhost:" + listener.port() + "/q> { ?s ?p ?o } }",
                    "SELECT * { VALUES ?e { <" + listener.url("/q") + "> } SERVICE ?e { ?s ?p ?o } }")) {
                HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(base + "?query=" + encode(q))));
                assertThat(get.statusCode()).as(q).isEqualTo(400);
                assertThat(get.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
                assertThat(get.body()).contains("SERVICE is not allowed");
                HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base))
                        .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q)));
                assertThat(post.statusCode()).as(q).isEqualTo(400);
            }
            assertThat(listener.connections()).as("connections to the loopback listener").isZero();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
