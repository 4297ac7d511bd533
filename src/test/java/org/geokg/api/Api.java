package org.geokg.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.geokg.config.Settings;
import org.geokg.testing.Nlp;
import org.geokg.testing.TestGraph;
import org.geokg.testing.ScratchDirs;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A started API server on the shared embedded Neo4j and extractor, and a plain HTTP client for it. */
final class Api implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NDJSON = "application/x-ndjson";

    /** An answer: status, Content-Type and body. */
    record Answer(int status, String type, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String detail() {
            return json().path("detail").asText();
        }
    }

    final ConfigurableApplicationContext web;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Api(ConfigurableApplicationContext web) {
        this.web = web;
        this.base = "http://127.0.0.1:" + ((ServletWebServerApplicationContext) web).getWebServer().getPort();
    }

    /** Starts a server with these settings (a free port unless given) over the shared test graph. */
    static Api start(Map<String, String> env) {
        return new Api(ApiServer.start(TestGraph.runtime().driver(), TestGraph.store(), settings(env),
                Nlp.extractor()));
    }

    static Api wrap(ConfigurableApplicationContext web) {
        return new Api(web);
    }

    static Settings settings(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("GEOKG_API_PORT", "0");
        return Settings.fromMap(all, ScratchDirs.create("geokg-api-it"));
    }

    Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    Answer post(String path, String contentType, String body, String... headers) {
        return post(path, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    Answer post(String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    /** One article as the API takes it. */
    static String article(String id, String published, String text) {
        Map<String, String> a = new HashMap<>();
        a.put("id", id);
        a.put("title", "Test " + id);
        a.put("published", published);
        a.put("text", text);
        try {
            return JSON.writeValueAsString(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        web.close();
    }
}
