package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many clients posting at once: different articles about the same few actors, so their transactions contend for
 * the same actor nodes and actor-to-actor relationships. Every article must be stored once with all its facts.
 */
class ConcurrentIngestIT {
    private static final int CLIENTS = 10;
    private static final int ARTICLES_EACH = 20;
    private static final List<String> TEXTS = List.of(
            ArticlesApiIT.MEXICO,
            "Russia attacked Ukraine on Monday.",
            "China condemned Japan.",
            "The European Union imposed sanctions on Russia.",
            "China threatened Taiwan with military drills.",
            "France accused Iran of violating the agreement.",
            "Germany sent aid to Ukraine.",
            "India and Pakistan agreed to hold talks.",
            "Brazil criticized Argentina over the trade dispute.");
    private static Api api;

    @BeforeAll
    static void start() {
        TestGraph.clean();
        api = Api.start(Map.of());
        // Load the NLP models before the clock of the concurrent test starts.
        api.post("/api/articles", "application/json", Api.article("warm-up", "2024-01-01", TEXTS.get(0)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void tenClientsTwentyArticlesEachAllStoredOnceNoFactLost() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<JsonNode>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> postAll(client)));
        }
        List<JsonNode> answers = new ArrayList<>();
        for (Future<List<JsonNode>> f : clients) {
            answers.addAll(f.get(4, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(answers).hasSize(CLIENTS * ARTICLES_EACH).allMatch(a -> a.path("stored").asBoolean());
        Set<String> factIds = new HashSet<>();
        long reports = 0;
        for (JsonNode a : answers) {
            reports += a.path("facts").size();
            a.path("facts").forEach(f -> factIds.add(f.path("id").asText()));
        }
        assertThat(reports).as("the templates yield facts").isGreaterThan(CLIENTS * ARTICLES_EACH / 2);
        assertThat(TestGraph.count("MATCH (a:Article) WHERE a.id STARTS WITH 'c-' RETURN count(a)"))
                .isEqualTo(CLIENTS * ARTICLES_EACH);
        assertThat(TestGraph.count("MATCH (:Fact)-[:REPORTED_IN]->(a:Article) WHERE a.id STARTS WITH 'c-'"
                + " RETURN count(*)")).isEqualTo(reports);
        assertThat(TestGraph.count("MATCH (f:Fact)-[:REPORTED_IN]->(a:Article) WHERE a.id STARTS WITH 'c-'"
                + " RETURN count(DISTINCT f)")).isEqualTo(factIds.size());
        assertThat(TestGraph.count("MATCH (a:Actor) WITH a.id AS id, count(*) AS n WHERE n > 1 RETURN count(*)"))
                .as("no actor stored twice").isZero();
        // Each direct relationship lists every asserted fact behind it: concurrent updates lost none.
        assertThat(TestGraph.count("MATCH (s:Actor)-[d]->(o:Actor) WHERE d.factIds IS NOT NULL"
                + " AND (d.count <> size(d.factIds)"
                + " OR size(d.factIds) <> COUNT { (s)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o)"
                + " WHERE f.plover = type(d) AND NOT f.negated AND f.modality <> 'hypothetical' })"
                + " RETURN count(d)")).isZero();
        assertThat(TestGraph.count("MATCH ()-[d]->() WHERE d.factIds IS NOT NULL RETURN sum(d.count)"))
                .isEqualTo(TestGraph.count("MATCH (f:Fact) WHERE NOT f.negated AND f.modality <> 'hypothetical'"
                        + " RETURN count(f)"));
    }

    @Test
    void theSameArticlePostedAtOnceIsStoredOnce() throws Exception {
        String article = Api.article("same-at-once", "2024-06-01", TEXTS.get(1));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Api.Answer>> posts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posts.add(pool.submit(() -> api.post("/api/articles", "application/json", article)));
        }
        List<Api.Answer> answers = new ArrayList<>();
        for (Future<Api.Answer> f : posts) {
            answers.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(answers).allMatch(a -> a.status() == 200 || a.status() == 201);
        assertThat(answers.stream().filter(a -> a.json().path("stored").asBoolean()).count()).isEqualTo(1);
        assertThat(answers.stream().map(a -> ArticlesApiIT.ids(a.json().path("facts"))).distinct()).hasSize(1);
        assertThat(TestGraph.count("MATCH (a:Article {id: 'same-at-once'}) RETURN count(a)")).isEqualTo(1);
    }

    private static List<JsonNode> postAll(int client) {
        List<JsonNode> out = new ArrayList<>();
        for (int k = 0; k < ARTICLES_EACH; k++) {
            int n = client * ARTICLES_EACH + k;
            String date = LocalDate.of(2025, 1, 1).plusDays(n).toString();
            Api.Answer r = api.post("/api/articles", "application/json",
                    Api.article("c-" + n, date, TEXTS.get(n % TEXTS.size())));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            out.add(r.json());
        }
        return out;
    }
}
