package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.geokg.testing.GraphSnapshot;
import org.geokg.testing.MalformedArticles;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.Test;

/** A few hundred malformed bodies posted to /api/articles: a problem+json 4xx each, and nothing stored changes. */
class ArticlesFuzzIT {
    private static final int MAX_CHARS = 20_000;

    @Test
    void everyMalformedBodyIsRefusedClearlyAndNothingStoredChanges() {
        TestGraph.clean();
        System.setProperty("GEOKG_MAX_ARTICLE_CHARS", String.valueOf(MAX_CHARS));
        try (Api api = Api.start(Map.of())) {
            Api.Answer kept = api.post("/api/articles", "application/json",
                    Api.article("kept-2", "2025-03-01", "Germany condemned the Russian strikes on Kyiv on Monday."));
            assertThat(kept.status()).as(kept.body()).isEqualTo(201);
            GraphSnapshot before = GraphSnapshot.take();

            List<MalformedArticles.Case> cases = MalformedArticles.generate(MAX_CHARS).stream()
                    .filter(c -> !c.name().endsWith(".txt")).toList();
            assertThat(cases).hasSizeGreaterThan(200);
            for (MalformedArticles.Case c : cases) {
                Api.Answer a = api.post("/api/articles", c.lines() ? Api.NDJSON : "application/json", c.bytes());
                assertThat(a.status()).as("%s: %s", c.name(), a.body()).isIn(400, 413, 422);
                assertThat(a.type()).as(c.name()).startsWith("application/problem+json");
                String detail = a.json().path("detail").asText();
                assertThat(detail).as(c.name()).isNotBlank().doesNotContain("Exception").doesNotContain("org.");
            }
            assertThat(GraphSnapshot.take()).isEqualTo(before);
        } finally {
            System.clearProperty("GEOKG_MAX_ARTICLE_CHARS");
        }
    }
}
