package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.bench.ArticleGenerator;
import org.geokg.ingest.ArticleReader;
import org.geokg.model.Article;
import org.geokg.testing.Cli;
import org.junit.jupiter.api.Test;

/**
 * {@code geokg bench --generate 500}, the load the throughput issue asks CI to run: the JSON report (kept as
 * target/bench.json) has its keys and sane values.
 */
class BenchCommandIT {

    @Test
    void benchReportsRatesRatiosAndMemory() throws Exception {
        Path out = Path.of("target/bench.json");
        Files.deleteIfExists(out);
        Cli run = Cli.run("bench", "--generate", "500", "--format", "json", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("ratio: graph write", "ratio: rdf export");

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("articles").asInt()).isEqualTo(500);
        assertThat(json.get("threads").asInt()).isIn(1, 2);
        for (String key : List.of("articles_per_s", "sentences_per_s", "facts_per_s", "graph_write_ratio",
                "export_ratio", "peak_rss_mb", "cpu_s_per_article")) {
            assertThat(json.get(key)).as(key).isNotNull();
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        }
        // More sentences than articles, and the synthetic text is written to produce facts.
        assertThat(json.get("sentences_per_s").asDouble()).isGreaterThan(json.get("articles_per_s").asDouble());
        assertThat(json.get("facts").asInt()).isGreaterThan(500);
        assertThat(json.get("scaling")).hasSize(2);
        assertThat(json.get("stages").findValuesAsText("stage"))
                .containsExactly("nlp", "actor_resolution", "relation_extraction", "graph_write", "rdf_export");
        assertThat(json.get("baselines").get("export_statements").asLong()).isPositive();
        // Both baselines are timed only after a warm-up that waits for the JIT (two seconds at least).
        assertThat(run.out()).contains("warm-up before the baselines, until the JIT settles");
        for (String part : List.of("graph_write", "rdf_export")) {
            JsonNode warmUp = json.get("baselines").get("warm_up").get(part);
            assertThat(warmUp.get("seconds").asDouble()).as(part).isGreaterThanOrEqualTo(2.0);
            assertThat(warmUp.get("runs").asInt()).as(part).isPositive();
            assertThat(warmUp.get("jit_settled").isBoolean()).as(part).isTrue();
        }
    }

    @Test
    void generatedArticlesAreDeterministicAndVaried() {
        ArticleGenerator generator = new ArticleGenerator();
        List<Article> a = generator.generate(30, 7);
        assertThat(generator.generate(30, 7)).isEqualTo(a);
        assertThat(generator.generate(30, 8)).isNotEqualTo(a);
        assertThat(a.stream().map(x -> x.text().length()).distinct().count()).isGreaterThan(10);
        assertThat(a.stream().map(Article::id).distinct().count()).isEqualTo(30);
    }

    @Test
    void savedArticlesAreJsonLinesThatIngestReads() throws Exception {
        Path file = Path.of("target/bench-articles.jsonl");
        Cli run = Cli.run("bench", "--generate", "5", "--seed", "3", "--save-articles", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote 5 article(s)");
        assertThat(Files.readAllLines(file)).hasSize(5);
        assertThat(new ArticleReader().read(file)).isEqualTo(new ArticleGenerator().generate(5, 3));
    }

    @Test
    void benchNeedsInput() {
        Cli run = Cli.run("bench");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--generate");
    }
}
