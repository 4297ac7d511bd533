package org.geokg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.geokg.testing.Nlp;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * The dependency pins (see pom.xml) exist because these libraries broke each other on one classpath. This runs
 * each of them in one JVM, so a version bump that breaks one fails here.
 */
class StackCompatibilityIT {

    @Test
    void jenaSparqlWithATimeoutRuns() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("<http://example.org/a> <http://example.org/p> <http://example.org/b> .", Lang.NT).parse(m);
        Query q = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        // A timeout makes Jena use its AlarmClock, which an old commons-lang3 breaks.
        try (QueryExecution qe = QueryExecution.model(m).query(q).timeout(5, TimeUnit.SECONDS).build()) {
            assertThat(qe.execSelect().next().getLiteral("n").getInt()).isEqualTo(1);
        }
    }

    @Test
    void jenaJsonLdWritesAndReads() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("<http://example.org/a> <http://example.org/p> \"x\" .", Lang.NT).parse(m);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.JSONLD);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(out.toString(), Lang.JSONLD).parse(back);
        assertThat(back.isIsomorphicWith(m)).isTrue();
    }

    @Test
    void coreNlpAnnotates() {
        Extraction x = Nlp.extractor().extract(new Article("pin", "t", LocalDate.of(2025, 8, 8), null, null,
                "Mexico rejected the proposal."));
        assertThat(x.sentences()).isEqualTo(1);
    }

    @Test
    void embeddedNeo4jServesBoltAndBrowser() throws Exception {
        try (Session s = TestGraph.runtime().driver().session()) {
            assertThat(s.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
        }
        String browser = TestGraph.runtime().browserUrl().orElseThrow();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("neo4j browser");
    }

}
