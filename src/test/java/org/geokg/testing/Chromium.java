package org.geokg.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with the JDK's WebSocket client: enough to open a
 * page, evaluate JavaScript in it and take a screenshot, with no WebDriver dependency.
 */
public final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private Chromium(Process process, String pageSocketUrl) {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(pageSocketUrl), new Listener()).join();
    }

    /** The Chromium binary: $CHROME_BIN, else the usual Debian locations. */
    public static Optional<Path> find() {
        String env = System.getenv("CHROME_BIN");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts a headless browser with a fresh profile under {@code dir} and attaches to its blank page. */
    public static Chromium start(Path binary, Path dir) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Process p = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--window-size=1600,1000",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        try {
            // Port 0: Chromium picks a free port and writes it to DevToolsActivePort in the profile.
            Path portFile = profile.resolve("DevToolsActivePort");
            waitFor(() -> Files.exists(portFile) && size(portFile) > 0, Duration.ofSeconds(30), "DevToolsActivePort");
            String port = Files.readAllLines(portFile).get(0).strip();
            HttpResponse<String> targets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode t : JSON.readTree(targets.body())) {
                if (t.path("type").asText().equals("page")) {
                    return new Chromium(p, t.get("webSocketDebuggerUrl").asText());
                }
            }
            throw new IllegalStateException("no page target in " + targets.body());
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** Sends a DevTools command and waits for its result. */
    public JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode answer = reply.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    public void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    public JsonNode eval(String expression) throws Exception {
        return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true))
                .path("result").path("value");
    }

    /** Waits until a JavaScript expression is true, or fails naming it. */
    public void await(String expression, Duration timeout) {
        waitFor(() -> {
            try {
                return eval(expression).asBoolean(false);
            } catch (Exception e) {
                return false;
            }
        }, timeout, expression);
    }

    public void screenshot(Path png) throws Exception {
        String data = call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Collects a message's fragments; completes the pending call whose id the reply carries. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    CompletableFuture<JsonNode> reply = pending.remove(message.path("id").asInt(-1));
                    if (reply != null) {
                        reply.complete(message);
                    }
                } catch (IOException e) {
                    // Not JSON: nothing waits for it.
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
