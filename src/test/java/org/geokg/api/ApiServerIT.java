package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.geokg.config.Settings;
import org.geokg.testing.Fixtures;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The web server of {@code serve}, through real HTTP on a free port, over the shared embedded Neo4j. */
class ApiServerIT {
    private static ConfigurableApplicationContext web;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        TestGraph.clean();
        TestGraph.store().store(Fixtures.sample("api-1"), List.of());
        Settings settings = Settings.fromMap(Map.of("GEOKG_API_PORT", "0"), Path.of("target/api-it"));
        web = ApiServer.start(TestGraph.runtime(), TestGraph.store(), settings);
        base = "http://127.0.0.1:" + ((ServletWebServerApplicationContext) web).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void healthShowsNeo4jUp() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"").contains("neo4j");
    }

    @Test
    void statsCountTheGraph() throws Exception {
        HttpResponse<String> r = get("/api/stats");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"articles\":1").contains("\"facts\":3").contains("\"REJECT\":1");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
