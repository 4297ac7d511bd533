package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.geokg.testing.ScratchDirs;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded Neo4j as an attacker on this machine meets it: Bolt needs the generated password, which sits in an
 * owner-only file; HTTP has no Cypher endpoint and lets no other origin in.
 */
class EmbeddedSecurityIT {
    private static final Config QUICK = Config.builder().withLogging(Logging.none())
            .withConnectionTimeout(5, TimeUnit.SECONDS).build();

    @Test
    void boltRefusesWritesWithoutThePassword() {
        String bolt = TestGraph.runtime().boltUri();
        TestGraph.clean();
        for (var token : new org.neo4j.driver.AuthToken[] {AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", "wrong")}) {
            try (Driver intruder = GraphDatabase.driver(bolt, token, QUICK); Session s = intruder.session()) {
                assertThatThrownBy(() -> s.run("CREATE (:Intruder)").consume())
                        .isInstanceOf(AuthenticationException.class);
            }
        }
        assertThat(TestGraph.count("MATCH (n:Intruder) RETURN count(n)")).isZero();
        try (Driver owner = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", TestGraph.password()), QUICK);
             Session s = owner.session()) {
            assertThat(s.run("RETURN 1").single().get(0).asInt()).isEqualTo(1);
        }
    }

    @Test
    void thePasswordIsGeneratedOnceAndKeptOwnerOnly() throws Exception {
        Path home = ScratchDirs.create("geokg-auth-it");
        String first;
        try (Neo4jRuntime runtime = Neo4jRuntime.openEmbedded(home, false)) {
            first = runtime.embeddedPassword().orElseThrow();
        }
        Path file = home.resolve(StorePassword.FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Neo4jRuntime again = Neo4jRuntime.openEmbedded(home, false); Session s = again.driver().session()) {
            assertThat(again.embeddedPassword()).contains(first);
            assertThat(s.run("RETURN 1").single().get(0).asInt()).isEqualTo(1);
        }
        ScratchDirs.delete(home);
    }

    @Test
    void httpHasNoCypherEndpointAndAllowsNoOtherOrigin() throws Exception {
        String base = TestGraph.runtime().browserUrl().orElseThrow().replaceFirst("/browser/.*", "");
        assertThat(TestGraph.runtime().browserUrl().orElseThrow()).doesNotContain("NO_AUTH");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/db/neo4j/tx/commit"))
                .header("Origin", "http://evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"statements\":[{\"statement\":\"CREATE (:Intruder)\"}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as(post.body()).isIn(401, 403, 404, 405);
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Origin", "http://evil.example").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.headers().allValues("Access-Control-Allow-Origin"))
                .doesNotContain("*", "http://evil.example");
        assertThat(TestGraph.count("MATCH (n:Intruder) RETURN count(n)")).isZero();
    }
}
