package org.geokg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Rows as the export queries return them, built by hand, so formats and shapes are tested without a database
 * (export-relations and export-direct derived from the facts as Neo4j keeps its direct relationships):
 * two reports of one rejection (one direct triple, two annotations), a negated assault and a hypothetical threat
 * (no direct triples), a reported sanction whose evidence holds every character that needs escaping somewhere,
 * and a speaker known only by id.
 */
final class RdfRows implements RdfExporter.Rows {
    static final Iris IRIS = new Iris("https://w3id.org/geokg/id/");
    static final Node SHEINBAUM = IRIS.actor("person:claudia-sheinbaum");
    static final Node USA = IRIS.actor("country:USA");
    static final Node MEX = IRIS.actor("country:MEX");
    static final String TRICKY = "He said \"no\" <b>&amp;</b> ]]> \\ tab\there\r\nnew line, \u00d1and\u00fa \ud83c\udf0e";
    static final String QUOTE = "\"We will not accept it,\"\nshe said";

    private final Map<String, List<Map<String, Object>>> rows = new HashMap<>();

    RdfRows() {
        rows.put("read/export-actors", List.of(
                actor("country:MEX", "Mexico", "Country", "MEX", "country:MEX", "Q96", null, "Mexican"),
                actor("country:USA", "United States", "Country", "USA", "country:USA", "Q30", null, "US", "U.S."),
                actor("person:claudia-sheinbaum", "Claudia Sheinbaum", "Person", "MEX", "country:MEX", "Q5820",
                        "President of Mexico"),
                actor("person:unnamed-aide", null, null, null, null, null, null)));
        rows.put("read/export-articles", List.of(
                article("a1", "Sheinbaum \"rejects\" US troops", "2025-08-08", "https://example.org/a?x=1&y=2"),
                article("a2", "Second report", null, null)));
        List<Map<String, Object>> facts = new ArrayList<>(List.of(
                fact("00f1", "person:claudia-sheinbaum", "REJECT", "country:USA", false, "reported", "2025-08-08",
                        "person:claudia-sheinbaum", QUOTE, "a1", "a2"),
                fact("00f2", "person:claudia-sheinbaum", "REJECT", "country:USA", false, "asserted", "2025-08-09",
                        null, null, "a1"),
                fact("00f3", "country:USA", "ASSAULT", "country:MEX", true, "asserted", "2025-08-08", null, null, "a1"),
                fact("00f4", "country:USA", "THREATEN", "country:MEX", false, "hypothetical", null,
                        "person:unnamed-aide", null, "a2"),
                fact("00f5", "country:MEX", "SANCTION", "country:USA", false, "future", "2025-08-10", null, null,
                        "a2")));
        facts.get(4).put("evidence", TRICKY);
        rows.put("read/export-facts", facts);
        rows.put("read/export-relations", relations(facts));
        rows.put("read/export-direct", direct(rows.get("read/export-relations")));
    }

    /** The same relationships a row each, with their facts' ids (what export-direct returns). */
    private static List<Map<String, Object>> direct(List<Map<String, Object>> relations) {
        Map<String, Map<String, Object>> byTriple = new java.util.LinkedHashMap<>();
        for (Map<String, Object> r : relations) {
            Map<String, Object> d = byTriple.computeIfAbsent(r.get("subject") + "|" + r.get("plover") + "|"
                    + r.get("object"), k -> {
                        Map<String, Object> m = new HashMap<>(r);
                        m.remove("fact");
                        m.remove("articles");
                        m.put("facts", new ArrayList<>());
                        return m;
                    });
            ((List<Object>) d.get("facts")).add(r.get("fact"));
        }
        return new ArrayList<>(byTriple.values());
    }

    /** Neo4j's direct relationships: one per (subject, type, object) of asserted facts, listing those facts. */
    private static List<Map<String, Object>> relations(List<Map<String, Object>> facts) {
        List<Map<String, Object>> out = new ArrayList<>();
        facts.stream()
                .filter(f -> !(Boolean) f.get("negated") && !"hypothetical".equals(f.get("modality")))
                .sorted(Comparator.comparing((Map<String, Object> f) -> f.get("subject") + "|" + f.get("plover") + "|"
                        + f.get("object")))
                .forEach(f -> {
                    Map<String, Object> r = new HashMap<>();
                    r.put("subject", f.get("subject"));
                    r.put("plover", f.get("plover"));
                    r.put("object", f.get("object"));
                    r.put("fact", f.get("id"));
                    r.put("articles", f.get("articles"));
                    out.add(r);
                });
        return out;
    }

    @Override
    public void stream(String query, java.util.function.Consumer<Map<String, Object>> sink) {
        rows.get(query).forEach(sink);
    }

    /** Replaces a value in one fact row (to build data that breaks a shape or a writer). */
    RdfRows withFactValue(String factId, String key, Object value) {
        rows.get("read/export-facts").stream().filter(f -> f.get("id").equals(factId)).forEach(f -> f.put(key, value));
        return this;
    }

    long write(RdfFormat format, Path file, Iris iris) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return RdfExporter.write(iris, this, format, out);
        }
    }

    private static Map<String, Object> actor(String id, String name, String type, String iso3, String countryActor,
                                             String qid, String role, String... aliases) {
        Map<String, Object> r = new HashMap<>();
        r.put("id", id);
        r.put("name", name);
        r.put("type", type);
        r.put("country", iso3);
        r.put("countryActor", countryActor);
        r.put("sector", type == null ? null : "GOV");
        r.put("wikidata", qid);
        r.put("role", role);
        r.put("aliases", Arrays.asList(aliases));
        return r;
    }

    private static Map<String, Object> article(String id, String title, String published, String url) {
        Map<String, Object> r = new HashMap<>();
        r.put("id", id);
        r.put("title", title);
        r.put("published", published);
        r.put("source", "test wire");
        r.put("url", url);
        r.put("contentHash", "hash-" + id);
        return r;
    }

    private static Map<String, Object> fact(String id, String subject, String plover, String object, boolean negated,
                                            String modality, String date, String speaker, String quote,
                                            String... articles) {
        Map<String, Object> r = new HashMap<>();
        r.put("id", id);
        r.put("subject", subject);
        r.put("object", object);
        r.put("speaker", speaker);
        r.put("plover", plover);
        r.put("predicate", plover.toLowerCase() + "s");
        r.put("date", date);
        r.put("evidence", "Evidence of " + id + ".");
        r.put("quote", quote);
        r.put("negated", negated);
        r.put("modality", modality);
        r.put("confidence", 0.75);
        r.put("articles", Arrays.asList(articles));
        return r;
    }
}
