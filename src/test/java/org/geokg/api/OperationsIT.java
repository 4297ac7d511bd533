package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.geokg.config.Settings;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.testing.Nlp;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** Serving safely: exposure without a token, read tokens, a database that is down, limits and shutdown. */
class OperationsIT {

    @Test
    void refusesToListenBeyondLoopbackWithoutAToken() {
        Settings open = Api.settings(Map.of("GEOKG_BIND", "0.0.0.0"));
        assertThatThrownBy(() -> ApiServer.start(TestGraph.runtime().driver(), TestGraph.store(), open, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GEOKG_API_TOKEN");
        assertThatThrownBy(() -> Api.settings(Map.of("GEOKG_API_READ_TOKEN_REQUIRED", "true")))
                .hasMessageContaining("needs GEOKG_API_TOKEN");
        assertThatThrownBy(() -> Api.settings(Map.of("GEOKG_API_MAX_BODY", "lots")))
                .hasMessageContaining("GEOKG_API_MAX_BODY");
        assertThat(Api.settings(Map.of("GEOKG_API_TOKEN", "secret")).api().toString()).doesNotContain("secret");
    }

    @Test
    void readsCanRequireTheTokenTooButHealthStaysOpen() {
        try (Api api = Api.start(Map.of("GEOKG_API_TOKEN", "read-secret", "GEOKG_API_READ_TOKEN_REQUIRED", "true"))) {
            ReadApiIT.assertProblem(api.get("/api/stats"), 401, "Authorization: Bearer");
            ReadApiIT.assertProblem(api.get("/api/facts", "Authorization", "Bearer wrong"), 403, "not the server's");
            assertThat(api.get("/sparql?query=ASK%7B%7D").status()).isEqualTo(401);
            assertThat(api.get("/api/stats", "Authorization", "Bearer read-secret").status()).isEqualTo(200);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(api.get("/v3/api-docs").status()).isEqualTo(200);
        }
    }

    @Test
    void healthShowsDetailsOnlyToTheTokensHolder() {
        try (Api api = Api.start(Map.of("GEOKG_API_TOKEN", "ops-secret"))) {
            for (Api.Answer open : List.of(api.get("/actuator/health"),
                    api.get("/actuator/health", "Authorization", "Bearer wrong"))) {
                assertThat(open.status()).isEqualTo(200);
                assertThat(open.json().path("components").path("diskSpace").path("status").asText()).isEqualTo("UP");
                assertThat(open.body()).doesNotContain("details").doesNotContain("\"free\"")
                        .doesNotContain("\"path\"");
            }
            Api.Answer ops = api.get("/actuator/health", "Authorization", "Bearer ops-secret");
            assertThat(ops.json().path("components").path("diskSpace").path("details").has("free")).isTrue();
        }
        try (Api api = Api.start(Map.of())) {
            assertThat(api.get("/actuator/health").body()).as("no token, no details").doesNotContain("details");
        }
    }

    @Test
    void neo4jDownIs503WithAClearMessageAndHealthSaysSo() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Config quick = Config.builder().withLogging(Logging.none()).withConnectionTimeout(2, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(1, TimeUnit.SECONDS).build();
        try (Driver dead = GraphDatabase.driver("bolt://127.0.0.1:" + closedPort, AuthTokens.none(), quick);
             Api api = Api.wrap(ApiServer.start(dead, new GraphStore(dead, "neo4j", Duration.ofSeconds(1)),
                     Api.settings(Map.of("GEOKG_API_MAX_BODY", "1KB")), Nlp.extractor()))) {
            ReadApiIT.assertProblem(api.get("/api/stats"), 503, "Neo4j is unreachable");
            ReadApiIT.assertProblem(api.get("/api/facts"), 503, "try again later");
            Api.Answer post = api.post("/api/articles", "application/json",
                    Api.article("down-1", "2025-01-01", ArticlesApiIT.MEXICO));
            ReadApiIT.assertProblem(post, 503, "Nothing was stored");
            Api.Answer health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().path("components").path("neo4j").path("status").asText()).isEqualTo("DOWN");
            // The body limit is checked before the database is asked anything.
            Api.Answer big = api.post("/api/articles", "application/json",
                    Api.article("big-1", "2025-01-01", "x".repeat(2000)));
            ReadApiIT.assertProblem(big, 413, "larger than 1024 bytes");
        }
    }

    @Test
    void anOutageCostsOneRetryBudgetNotOnePerTransaction() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Settings settings = Api.settings(Map.of("GEOKG_NEO4J_RETRY", "3"));
        assertThat(settings.neo4jRetry()).isEqualTo(Duration.ofSeconds(3));
        try (Driver dead = GraphDatabase.driver("bolt://127.0.0.1:" + closedPort, AuthTokens.none(),
                Neo4jRuntime.driverConfig(settings.neo4jRetry()));
             Api api = Api.wrap(ApiServer.start(dead, new GraphStore(dead, "neo4j", settings.neo4jRetry()), settings,
                     Nlp.extractor()))) {
            long first = timed(() -> ReadApiIT.assertProblem(api.get("/api/stats"), 503, "Neo4j is unreachable"));
            assertThat(first).as("the driver retried for the budget").isGreaterThanOrEqualTo(2_000);
            long post = timed(() -> ReadApiIT.assertProblem(api.post("/api/articles", "application/json",
                    Api.article("down-2", "2025-01-01", ArticlesApiIT.MEXICO)), 503, "Nothing was stored"));
            long sparql = timed(() -> assertThat(api.get("/sparql?query=ASK%7B%7D").status()).isEqualTo(503));
            assertThat(post).as("within the outage's span a request fails at once").isLessThan(1_000);
            assertThat(sparql).as("within the outage's span a query fails at once").isLessThan(1_500);
            Thread.sleep(3_100);
            long again = timed(() -> ReadApiIT.assertProblem(api.get("/api/facts"), 503, "try again later"));
            assertThat(again).as("after the span the driver tries again").isGreaterThanOrEqualTo(2_000);
            System.out.printf("outage with GEOKG_NEO4J_RETRY=3: first %d ms, post %d ms, sparql %d ms, again %d ms%n",
                    first, post, sparql, again);
        }
    }

    private static long timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void anArticlePastTheExtractionTimeLimitIs422AndNothingOfItIsStored() {
        TestGraph.clean();
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            longText.append("Russia attacked Ukraine on Monday, and Germany, France and Poland condemned the strikes"
                    + " that hit the cities of Kharkiv and Odesa while talks in Istanbul were under way. ");
        }
        try (Api api = Api.start(Map.of("GEOKG_EXTRACT_TIMEOUT", "1"))) {
            Api.Answer slow = api.post("/api/articles", "application/json",
                    Api.article("slow-1", "2025-01-01", longText.toString()));
            ReadApiIT.assertProblem(slow, 422, "extraction ran past 1 s (GEOKG_EXTRACT_TIMEOUT)");
            assertThat(slow.json().path("detail").asText()).contains("slow-1").contains("nothing was stored");
            Api.Answer quick = api.post("/api/articles", "application/json",
                    Api.article("quick-2", "2025-01-01", ArticlesApiIT.MEXICO));
            assertThat(quick.status()).as(quick.body()).isEqualTo(201);
        }
        assertThat(TestGraph.count("MATCH (a:Article {id: 'slow-1'}) RETURN count(a)")).isZero();
    }

    @Test
    void shutdownLetsAnIngestInFlightFinish() throws Exception {
        TestGraph.clean();
        Api api = Api.start(Map.of());
        List<String> texts = List.of(ArticlesApiIT.MEXICO, "Russia attacked Ukraine on Monday.",
                "Germany sent aid to Ukraine.", "France accused Iran of violating the agreement.",
                "China condemned Japan.", "Brazil criticized Argentina over the trade dispute.");
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            batch.append(Api.article("stop-" + i, "2025-05-0" + (i + 1), texts.get(i))).append('\n');
        }
        CompletableFuture<Api.Answer> post = CompletableFuture.supplyAsync(
                () -> api.post("/api/articles", Api.NDJSON, batch.toString()));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (TestGraph.count("MATCH (a:Article {id: 'stop-0'}) RETURN count(a)") == 0) {
            assertThat(System.nanoTime()).as("the first article is stored").isLessThan(deadline);
            Thread.sleep(20);
        }
        api.close(); // graceful: waits for the request in flight
        Api.Answer answer = post.get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("stored").asInt()).isEqualTo(texts.size());
        assertThat(TestGraph.count("MATCH (a:Article) WHERE a.id STARTS WITH 'stop-' RETURN count(a)"))
                .isEqualTo(texts.size());
        long reported = 0;
        for (var r : answer.json().path("results")) {
            reported += r.path("facts").size();
        }
        assertThat(TestGraph.count("MATCH (:Fact)-[:REPORTED_IN]->(a:Article) WHERE a.id STARTS WITH 'stop-'"
                + " RETURN count(*)")).isEqualTo(reported);
    }
}
