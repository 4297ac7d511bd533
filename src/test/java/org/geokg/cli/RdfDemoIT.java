package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.geokg.rdf.RdfFormat;
import org.geokg.shacl.ShapesValidator;
import org.geokg.testing.Cli;
import org.geokg.testing.NodeParsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of docs/rdf.md for RDF after {@code demo}: every format exports, parses strictly in Jena and in a library
 * other than Jena with the count the exporter reported, conforms to the shapes; SPARQL over the export counts the
 * facts Neo4j counts. One demo (with NLP) in its own data directory for the whole class.
 */
class RdfDemoIT {
    private static final Pattern WROTE = Pattern.compile("wrote (\\d+) statements");

    @TempDir
    static Path dataDir;

    private static final Map<RdfFormat, Long> written = new EnumMap<>(RdfFormat.class);

    @BeforeAll
    static void demoAndExport() {
        Cli demo = Cli.run("--data-dir", dataDir.toString(), "demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        for (RdfFormat format : RdfFormat.values()) {
            Cli export = Cli.run("--data-dir", dataDir.toString(), "export", "--format", name(format), "-o",
                    file(format).toString());
            assertThat(export.code()).as(export.err()).isZero();
            Matcher m = WROTE.matcher(export.err());
            assertThat(m.find()).as(export.err()).isTrue();
            written.put(format, Long.parseLong(m.group(1)));
        }
    }

    @Test
    void everyFormatParsesStrictlyWithTheReportedCountAndConforms() {
        ShapesValidator shapes = ShapesValidator.load();
        for (RdfFormat format : RdfFormat.values()) {
            DatasetGraph ds = RDFParser.source(file(format)).lang(format.lang()).strict(true).toDatasetGraph();
            assertThat(ds.stream().count()).as(name(format)).isEqualTo(written.get(format)).isGreaterThan(100);
            assertThat(shapes.validate(file(format)).violations()).as(name(format)).isEmpty();
        }
    }

    @Test
    void everyFormatReadsTheSameInParsersOtherThanJena() throws Exception {
        NodeParsers.assumeAvailable();
        for (RdfFormat format : RdfFormat.values()) {
            DatasetGraph other = NodeParsers.read(name(format), file(format));
            assertThat(other.stream().count()).as(name(format)).isEqualTo(written.get(format));
            DatasetGraph jena = RDFParser.source(file(format)).lang(format.lang()).toDatasetGraph();
            assertThat(IsoMatcher.isomorphic(other, jena)).as(name(format)).isTrue();
        }
    }

    @Test
    void sparqlOverTheExportCountsTheFactsNeo4jCounts() throws Exception {
        Cli stats = Cli.run("--data-dir", dataDir.toString(), "stats", "--format", "json");
        JsonNode neo4j = new ObjectMapper().readTree(stats.out());
        Cli sparql = Cli.run("--data-dir", dataDir.toString(), "sparql", "--format", "json", "--query",
                "PREFIX gk: <https://w3id.org/geokg/ontology#> PREFIX plover: <https://w3id.org/geokg/plover#> "
                        + "SELECT ?type (COUNT(DISTINCT ?f) AS ?n) { ?f a gk:Fact ; gk:ploverType ?c "
                        + "BIND(STRAFTER(STR(?c), STR(plover:)) AS ?type) } GROUP BY ?type");
        assertThat(sparql.code()).as(sparql.err()).isZero();
        long total = 0;
        for (JsonNode row : new ObjectMapper().readTree(sparql.out()).path("results").path("bindings")) {
            long n = row.path("n").path("value").asLong();
            assertThat(n).as(row.path("type").path("value").asText())
                    .isEqualTo(neo4j.path("facts_by_plover").path(row.path("type").path("value").asText()).asLong());
            total += n;
        }
        assertThat(total).isEqualTo(neo4j.path("facts").asLong()).isPositive();
    }

    @Test
    void exampleQueriesAnswerAfterTheDemo() throws Exception {
        // As docs/rdf.md says: every example query has an answer on the demo graph.
        for (String query : new String[] {"dyad-timeline", "who-did-type", "actor-profile", "quotes-by-speaker",
                "evidence-for-relation", "quad-balance", "most-sanctioned", "facts-of-article"}) {
            Cli run = Cli.run("--data-dir", dataDir.toString(), "sparql", "--format", "json", "--file",
                    "ontology/queries/" + query + ".rq");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(new ObjectMapper().readTree(run.out()).path("results").path("bindings").size()).as(query)
                    .isPositive();
        }
    }

    private static Path file(RdfFormat format) {
        return dataDir.resolve("demo." + name(format));
    }

    private static String name(RdfFormat format) {
        return format.name().toLowerCase();
    }
}
