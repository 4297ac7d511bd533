package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/articles through real HTTP: extraction and storage, idempotency, bad input and the write token. */
class ArticlesApiIT {
    static final String TOKEN = "it-secret-token";
    static final String MEXICO = "Mexico rejected US military action on its soil.";
    private static final String[] AUTH = {"Authorization", "Bearer " + TOKEN};
    private static Api api;

    @BeforeAll
    static void start() {
        TestGraph.clean();
        api = Api.start(Map.of("GEOKG_API_TOKEN", TOKEN));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void postedArticleAnswersItsFactsWithTheActorsSpelledOut() {
        Api.Answer r = api.post("/api/articles", "application/json", Api.article("mx-1", "2025-08-08", MEXICO), AUTH);
        assertThat(r.status()).isEqualTo(201);
        JsonNode body = r.json();
        assertThat(body.path("id").asText()).isEqualTo("mx-1");
        assertThat(body.path("stored").asBoolean()).isTrue();
        JsonNode reject = find(body.path("facts"), "REJECT");
        assertThat(reject.path("subject").path("id").asText()).isEqualTo("country:MEX");
        assertThat(reject.path("subject").path("country").asText()).isEqualTo("MEX");
        assertThat(reject.path("subject").path("name").asText()).isEqualTo("Mexico");
        assertThat(reject.path("object").path("country").asText()).isEqualTo("USA");
        assertThat(reject.path("date").asText()).isEqualTo("2025-08-08");
        assertThat(reject.path("articles").toString()).contains("mx-1");

        JsonNode stored = api.get("/api/articles/mx-1").json();
        assertThat(stored.path("title").asText()).isEqualTo("Test mx-1");
        assertThat(stored.path("text").asText()).isEqualTo(MEXICO);
        assertThat(ids(stored.path("facts"))).isEqualTo(ids(body.path("facts")));
        assertThat(TestGraph.count("MATCH (:Fact)-[:REPORTED_IN]->(:Article {id: 'mx-1'}) RETURN count(*)"))
                .isEqualTo(body.path("facts").size());
    }

    @Test
    void idsWithASlashCanBeFetchedAndTomcatsOwnErrorsAreProblems() {
        Api.Answer r = api.post("/api/articles", "application/json",
                Api.article("wire/2025/1", "2025-03-04", "China condemned Japan."), AUTH);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        Api.Answer got = api.get("/api/articles/wire%2F2025%2F1");
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        assertThat(got.json().path("id").asText()).isEqualTo("wire/2025/1");
        ReadApiIT.assertProblem(api.get("/api/articles/no%2Fsuch"), 404, "no/such");
        ReadApiIT.assertProblem(api.get("/api/articles/" + "x".repeat(20_000)), 400, "too long");
    }

    @Test
    void theSameArticleTwiceAnswersTheSameIdsAndStoresNothingNew() {
        String article = Api.article("same-1", "2025-03-01", "Russia attacked Ukraine on Monday.");
        Api.Answer first = api.post("/api/articles", "application/json", article, AUTH);
        long nodes = TestGraph.count("MATCH (n) RETURN count(n)");
        long rels = TestGraph.count("MATCH ()-[r]->() RETURN count(r)");
        Api.Answer again = api.post("/api/articles", "application/json", article, AUTH);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("stored").asBoolean()).isFalse();
        assertThat(ids(again.json().path("facts"))).isEqualTo(ids(first.json().path("facts"))).isNotEmpty();
        Api.Answer batch = api.post("/api/articles", Api.NDJSON, article + "\n" + article + "\n", AUTH);
        assertThat(batch.json().path("alreadyStored").asInt()).isEqualTo(2);
        assertThat(TestGraph.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(TestGraph.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
    }

    @Test
    void ndjsonAndArraysPostManyInOrder() {
        String a = Api.article("many-1", "2025-03-02", "China condemned Japan.");
        String b = Api.article("many-2", "2025-03-02", "Germany sent aid to Ukraine.");
        Api.Answer lines = api.post("/api/articles", Api.NDJSON, a + "\n\n" + b + "\n", AUTH);
        assertThat(lines.status()).isEqualTo(200);
        assertThat(lines.json().path("articles").asInt()).isEqualTo(2);
        assertThat(lines.json().path("stored").asInt()).isEqualTo(2);
        assertThat(lines.json().path("results").get(0).path("id").asText()).isEqualTo("many-1");
        assertThat(lines.json().path("results").get(1).path("facts").size()).isPositive();
        Api.Answer array = api.post("/api/articles", "application/json", "[" + a + "," + b + "]", AUTH);
        assertThat(array.status()).isEqualTo(200);
        assertThat(array.json().path("alreadyStored").asInt()).isEqualTo(2);
    }

    static Stream<Arguments> badBodies() {
        String good = Api.article("bad-batch-1", "2025-03-03", "France accused Iran of violating the agreement.");
        return Stream.of(
                Arguments.of("application/json", "{\"title\": \"x\", \"text\": ", 400, "invalid JSON"),
                Arguments.of("application/json", "{\"title\": \"no text\"}", 400, "\"text\""),
                Arguments.of("application/json", "{\"title\": \"blank\", \"text\": \"  \"}", 400, "\"text\""),
                Arguments.of("application/json", "{\"title\": \"t\", \"text\": 42}", 400, "\"text\""),
                Arguments.of("application/json", "", 400, "empty request body"),
                Arguments.of("application/json", "[]", 400, "no articles"),
                Arguments.of("application/json", "\"just a string\"", 400, "JSON object"),
                Arguments.of("application/json", Api.article("bad-date", "March 3rd", "Japan attacked China."), 400,
                        "bad date"),
                Arguments.of(Api.NDJSON, good + "\n{\"title\": \"line two\"}\n", 400, "line 2"),
                Arguments.of("application/json", "{\"a\":".repeat(1200) + "1" + "}".repeat(1200), 400,
                        "JSON nested deeper than 100 levels"),
                Arguments.of("application/json", "[" + "[".repeat(1200) + "]".repeat(1200) + "]", 400,
                        "JSON nested deeper than 100 levels"),
                Arguments.of("application/json", "{\"title\": [\"x\"], \"text\": \"Japan attacked China.\"}", 400,
                        "\"title\" must be a string (was an array)"),
                Arguments.of("application/json", "{\"id\": {\"x\": 1}, \"text\": \"Japan attacked China.\"}", 400,
                        "\"id\" must be a string (was an object)"),
                Arguments.of("application/json", "{\"title\": \"t\", \"text\": 5}", 400,
                        "\"text\" must be a string (was a number)"),
                Arguments.of("application/json", "[" + good + ",\n{\"title\": 1, \"text\": \"x\"}]", 400,
                        "line 2: \"title\" must be a string"),
                Arguments.of("text/plain", good, 415, "not supported"),
                Arguments.of("application/json", "{\"title\": \"t\", \"text\": \""
                        + "a".repeat(2 * 1024 * 1024) + "\"}", 413, "larger than 2097152 bytes"));
    }

    @ParameterizedTest(name = "{0} {2}: {3}")
    @MethodSource("badBodies")
    void badInputIsAProblemAndStoresNothing(String type, String body, int status, String detail) {
        long nodes = TestGraph.count("MATCH (n) RETURN count(n)");
        Api.Answer r = api.post("/api/articles", type, body, AUTH);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.detail()).contains(detail);
        assertThat(TestGraph.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"title\": \"Caf\u00e9\", \"text\": \"Fran\u00e7e attacked Spain.\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.Answer r = api.post("/api/articles", "application/json", latin1, AUTH);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.detail()).contains("UTF-8");
    }

    @Test
    void writesNeedTheTokenReadsDoNot() {
        String article = Api.article("token-1", "2025-03-04", MEXICO);
        Api.Answer none = api.post("/api/articles", "application/json", article);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.type()).startsWith("application/problem+json");
        assertThat(none.detail()).contains("Authorization: Bearer");
        Api.Answer basic = api.post("/api/articles", "application/json", article, "Authorization", "Basic eDp5");
        assertThat(basic.status()).isEqualTo(401);
        Api.Answer wrong = api.post("/api/articles", "application/json", article, "Authorization", "Bearer nope");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.detail()).contains("not the server's GEOKG_API_TOKEN");
        assertThat(TestGraph.count("MATCH (a:Article {id: 'token-1'}) RETURN count(a)")).isZero();
        assertThat(api.get("/api/stats").status()).isEqualTo(200);
        assertThat(api.get("/api/facts").status()).isEqualTo(200);
        assertThat(api.post("/api/articles", "application/json", article, AUTH).status()).isEqualTo(201);
    }

    static JsonNode find(JsonNode facts, String plover) {
        for (JsonNode f : facts) {
            if (f.path("plover").asText().equals(plover)) {
                return f;
            }
        }
        throw new AssertionError("no " + plover + " fact in " + facts);
    }

    static List<String> ids(JsonNode facts) {
        List<String> ids = new ArrayList<>();
        facts.forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }
}
