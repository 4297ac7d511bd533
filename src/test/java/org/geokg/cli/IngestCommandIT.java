package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.testing.Cli;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest, stats and export commands against the shared Neo4j, reached as an external server (NEO4J_URI). */
class IngestCommandIT {
    @TempDir
    Path dir;

    @BeforeEach
    void pointAtSharedGraph() {
        TestGraph.useAsExternalServer();
        TestGraph.clean();
    }

    @AfterEach
    void reset() {
        TestGraph.stopUsingAsExternalServer();
    }

    @Test
    void reIngestingChangesNoCount() throws Exception {
        write("a.txt", "Mexico rejects US troops\nDate: 2025-08-08\n\nMexico rejected the deployment of US troops on Friday.");
        write("b.json", "{\"id\":\"b\",\"title\":\"Sanctions\",\"published\":\"2025-07-18\","
                + "\"text\":\"The European Union imposed new sanctions on Russia on Friday.\"}");
        Cli first = Cli.run("ingest", dir.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("2 article(s) stored");
        JsonNode before = stats();
        assertThat(before.get("articles").asLong()).isEqualTo(2);
        assertThat(before.get("facts").asLong()).isPositive();
        Cli second = Cli.run("ingest", dir.toString());
        assertThat(second.out()).contains("0 article(s) stored, 2 already stored");
        assertThat(stats()).isEqualTo(before);
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreStored() throws Exception {
        write("good.txt", "Title\n\nRussia attacked Ukraine on Monday.");
        write("bad.json", "{\"title\": \"x\", ");
        Files.write(dir.resolve("blob.txt"), new byte[] {1, 2, 0, 3});
        write("empty.json", "{\"title\": \"x\", \"text\": \"\"}");
        Cli run = Cli.run("ingest", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).containsPattern("error: .*bad.json:1: invalid JSON").contains("blob.txt: binary content")
                .contains("empty.json: missing or empty \"text\"").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).contains("1 article(s) stored").contains("3 error(s)");
        assertThat(stats().get("articles").asLong()).isEqualTo(1);
    }

    @Test
    void missingPathIsOneClearLine() {
        Cli run = Cli.run("ingest", dir.resolve("nope.txt").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("geokg: " + dir.resolve("nope.txt") + ": no such file or directory");
    }

    @Test
    void exportWritesParsableNTriples() throws Exception {
        write("a.txt", "Title\nDate: 2025-08-08\n\nMexican President Claudia Sheinbaum rejected US military action on Friday.");
        assertThat(Cli.run("ingest", dir.toString()).code()).isZero();
        Path nt = dir.resolve("out/graph.nt");
        Cli export = Cli.run("export", "--format", "nt", "--out", nt.toString());
        assertThat(export.code()).as(export.err()).isZero();
        String text = Files.readString(nt);
        assertThat(text).contains("Sheinbaum").contains("<http://www.wikidata.org/entity/Q96>");
        org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFParser.source(nt)
                .lang(org.apache.jena.riot.Lang.NT).strict(true).toModel();
        assertThat(m.size()).isEqualTo(text.lines().filter(l -> !l.isBlank()).count());
        for (String format : new String[] {"ttl", "trig", "nq"}) {
            Path out = dir.resolve("out/graph." + format);
            assertThat(Cli.run("export", "--format", format, "--out", out.toString()).code()).isZero();
            org.apache.jena.query.Dataset ds = org.apache.jena.riot.RDFParser.source(out).strict(true).toDataset();
            long statements = ds.getDefaultModel().size();
            for (java.util.Iterator<org.apache.jena.rdf.model.Resource> it = ds.listModelNames(); it.hasNext(); ) {
                statements += ds.getNamedModel(it.next()).size();
            }
            // Quad formats put each fact in the graph of every article reporting it: one article here, so equal.
            assertThat(statements).as(format).isEqualTo(m.size());
        }
    }

    private JsonNode stats() throws Exception {
        Cli run = Cli.run("stats", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void theGoodLinesOfABadFileAreStoredAndEachBadOneReported() throws Exception {
        String good = "{\"id\": \"ok-%d\", \"title\": \"t\", \"text\": \"Russia attacked Ukraine.\"}";
        write("feed.jsonl", String.format(good, 1) + "\n{\"title\": [\"x\"], \"text\": \"y\"}\n"
                + String.format(good, 2) + "\n" + "[".repeat(5000) + "\n" + String.format(good, 3) + "\n{\"title\": \"cut");
        write("array.json", "[" + String.format(good, 4) + ",\n {\"id\": {\"x\": 1}, \"text\": \"z\"},\n"
                + String.format(good, 5) + "]");
        Cli run = Cli.run("ingest", dir.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).containsPattern("error: .*feed.jsonl:2: \"title\" must be a string \\(was an array\\)")
                .containsPattern("error: .*feed.jsonl:4: JSON nested deeper than 100 levels")
                .containsPattern("error: .*feed.jsonl:6: invalid JSON")
                .containsPattern("error: .*array.json:2: \"id\" must be a string \\(was an object\\)")
                .doesNotContain("Exception");
        assertThat(run.out()).contains("5 article(s) stored").contains("4 error(s)");
        assertThat(TestGraph.count("MATCH (a:Article) WHERE a.id STARTS WITH 'ok-' RETURN count(a)")).isEqualTo(5);
    }

    @Test
    void anArticlePastTheTimeLimitIsReportedAndTheBatchGoesOn() throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            longText.append("Russia attacked Ukraine on Monday, and Germany, France and Poland condemned the strikes"
                    + " that hit the cities of Kharkiv and Odesa while talks in Istanbul were under way. ");
        }
        write("slow.txt", "Slow\n\n" + longText);
        write("quick.json", "{\"id\": \"quick-1\", \"title\": \"q\", \"text\": \"China condemned Japan.\"}");
        System.setProperty("GEOKG_EXTRACT_TIMEOUT", "1");
        try {
            Cli run = Cli.run("ingest", "--threads", "1", dir.toString());
            assertThat(run.code()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains("extraction ran past 1 s (GEOKG_EXTRACT_TIMEOUT); skipped");
            assertThat(run.out()).contains("1 article(s) stored").contains("1 error(s)");
            assertThat(TestGraph.count("MATCH (a:Article {id: 'quick-1'}) RETURN count(a)")).isEqualTo(1);
        } finally {
            System.clearProperty("GEOKG_EXTRACT_TIMEOUT");
        }
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content);
    }
}
