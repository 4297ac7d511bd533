package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.testing.Chromium;
import org.geokg.testing.TestGraph;
import org.geokg.testing.ScratchDirs;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * Neo4j Browser as a user sees it, in headless Chromium: it opens connected to the embedded database, applies the
 * geokg style and opens the guide by itself, and a query draws styled nodes. Screenshots go to
 * target/browser-it/. Skipped, with the reason, where no Chromium is installed (apt-get install chromium).
 */
class BrowserIT {
    private static final Path OUT = Path.of("target", "browser-it");
    private static final String QUERY = "MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b";
    private static final Duration WAIT = Duration.ofSeconds(40);

    private final HttpClient http = HttpClient.newHttpClient();

    /** The demo story: the bundled sample articles, extracted by the real pipeline, as `geokg demo` stores them. */
    @BeforeEach
    void storeDemoStory() throws Exception {
        TestGraph.clean();
        org.geokg.ingest.ArticleReader reader = new org.geokg.ingest.ArticleReader();
        for (org.springframework.core.io.Resource r : new org.springframework.core.io.support
                .PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.txt")) {
            String text = r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            for (org.geokg.model.Article a : reader.parse(Path.of("samples", r.getFilename()), text)) {
                org.geokg.model.Extraction x = org.geokg.testing.Nlp.extractor().extract(a);
                TestGraph.store().store(x, org.geokg.testing.Nlp.extractor().context(x));
            }
        }
    }

    /** Without a browser: the server tells the Browser what to run after connecting, and serves both files. */
    @Test
    void styleAndGuideAreServedBesideTheBrowser() throws Exception {
        String base = TestGraph.runtime().browserUrl().orElseThrow().replaceFirst("/browser/.*", "");
        String commands;
        try (Session s = TestGraph.runtime().driver().session()) {
            commands = s.run("CALL dbms.clientConfig() YIELD name, value WHERE name = 'browser.post_connect_cmd'"
                    + " RETURN value").single().get(0).asString();
        }
        assertThat(commands).isEqualTo("style " + base + "/geokg/geokg.grass; play " + base + "/geokg/guide.html");
        HttpResponse<String> grass = get(base + "/geokg/geokg.grass");
        assertThat(grass.statusCode()).isEqualTo(200);
        assertThat(grass.body()).isEqualTo(Files.readString(Path.of("cypher/browser/geokg.grass")));
        assertThat(get(base + "/geokg/nothing-else.txt").statusCode()).isEqualTo(404);
        HttpResponse<String> guide = get(base + "/geokg/guide.html");
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        // Every runnable query of the guide is valid Cypher (EXPLAIN plans it without running it).
        List<String> queries = Jsoup.parse(guide.body()).select("pre.runnable").eachText().stream()
                .filter(q -> !q.startsWith(":")).toList();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
        try (Session s = TestGraph.runtime().driver().session()) {
            for (String q : queries) {
                s.run("EXPLAIN " + q, Map.of("actor", "Claudia Sheinbaum")).consume();
            }
        }
    }

    @Test
    void browserAppliesTheGeokgStyleAndGuideAndDrawsTheGraph() throws Exception {
        Optional<Path> binary = Chromium.find();
        Assumptions.assumeTrue(binary.isPresent(),
                "no Chromium found ($CHROME_BIN, /usr/bin/chromium, ...): install it with"
                        + " `apt-get install -y chromium` to run the Neo4j Browser test");
        String url = TestGraph.runtime().browserUrl().orElseThrow() + "&cmd=edit&arg="
                + URLEncoder.encode(QUERY, StandardCharsets.UTF_8);
        Files.createDirectories(OUT);
        try (Chromium chromium = Chromium.start(binary.get(), ScratchDirs.create("geokg-chromium"))) {
            chromium.call("Page.enable", Map.of());
            chromium.navigate(url);
            logIn(chromium);
            // The post-connect commands ran: the style frame and the guide are there.
            chromium.await("[...document.querySelectorAll('[data-testid=frameCommand]')]"
                    + ".some(f => f.textContent.includes('geokg.grass'))", WAIT);
            chromium.await("document.body.innerText.includes('who did what to whom')", WAIT);
            chromium.screenshot(OUT.resolve("connected.png"));

            chromium.eval("document.querySelector('[data-testid=editor-Run]').click()");
            chromium.await("document.querySelectorAll('svg g.node').length >= 4", WAIT);
            Thread.sleep(3000); // let the force layout settle for a readable screenshot
            chromium.screenshot(OUT.resolve("graph.png"));

            assertThat(texts(chromium, "svg g.node text")).as("node captions are names")
                    .contains("Mexico", "United States").anyMatch(t -> t.startsWith("Claudia"));
            assertThat(values(chromium, "svg g.node circle.b-outline", "fill")).as("node colours")
                    .contains(colour("node.Country"), colour("node.Person"), colour("node.GovernmentBody"));
            assertThat(values(chromium, "svg g.relationship path.b-outline", "fill")).as("relationship colours")
                    .contains(colour("relationship.REJECT"), colour("relationship.SANCTION"));
            assertThat(texts(chromium, "svg g.relationship text")).as("relationship captions are types")
                    .contains("REJECT", "SANCTION", "HOLDS_ROLE");
        }
    }

    /** The Browser asks for the password (auth is on); typed as a person would, into the React form. */
    private static void logIn(Chromium chromium) throws Exception {
        // The form shows its fields once the method is chosen in it: choose another, then user and password.
        chromium.await("document.querySelectorAll('select').length >= 2", WAIT);
        for (String method : new String[] {"No authentication", "Username"}) {
            chromium.eval("(() => { for (const sel of document.querySelectorAll('select')) {"
                    + " const o = [...sel.options].find(x => x.textContent.includes('" + method + "'));"
                    + " if (o) { Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(sel,"
                    + " o.value); sel.dispatchEvent(new Event('change', {bubbles: true})); return o.value; } }"
                    + " return null; })()");
            Thread.sleep(300);
        }
        try {
            chromium.await("!!document.querySelector('input[type=password]')", WAIT);
        } finally {
            chromium.screenshot(OUT.resolve("login.png"));
        }
        String password = TestGraph.password();
        chromium.eval("(() => { const el = document.querySelector('input[type=password]');"
                + " Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, '" + password + "');"
                + " el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()");
        chromium.eval("(() => { const b = document.querySelector('[data-testid=connect]')"
                + " || [...document.querySelectorAll('button')].find(x => x.textContent.trim() === 'Connect');"
                + " b.click(); return true; })()");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> texts(Chromium c, String selector) throws Exception {
        return strings(c.eval("[...document.querySelectorAll('" + selector + "')].map(e => e.textContent.trim())"));
    }

    private static List<String> values(Chromium c, String selector, String attribute) throws Exception {
        return strings(c.eval("[...document.querySelectorAll('" + selector + "')].map(e => e.getAttribute('"
                + attribute + "').toUpperCase())"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The colour a rule of the shipped style file sets (what the Browser must show). */
    private static String colour(String selector) throws Exception {
        String grass = Files.readString(Path.of("cypher/browser/geokg.grass"));
        Matcher m = Pattern.compile(Pattern.quote(selector) + " \\{[^}]*?\\n\\s*color: (#[0-9A-Fa-f]{6});").matcher(grass);
        assertThat(m.find()).as("a colour for " + selector + " in geokg.grass").isTrue();
        return m.group(1).toUpperCase();
    }
}
