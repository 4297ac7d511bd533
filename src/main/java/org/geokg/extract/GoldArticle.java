package org.geokg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.model.Article;
import org.geokg.model.Plover;

/**
 * An annotated article in the dev-set format: text, entities (id, name, country, aliases), gold facts (subject,
 * object, acceptable PLOVER types with the main one first, symmetric) and trap sentences that must yield nothing.
 * A file holds one article, or a set of one-sentence items under {@code items}.
 */
record GoldArticle(Article article, Map<String, GoldEntity> entities, List<GoldFact> facts, List<String> traps) {

    /**
     * {@code names} are normalised as this project always did; {@code surfaces} and {@code dyadCountry} as
     * score.py reads them (its {@code surface} and {@code gold_country}).
     */
    record GoldEntity(String id, String country, Set<String> names, Set<String> surfaces, String dyadCountry) {
    }

    record GoldFact(String subject, String object, List<Plover> types, boolean symmetric) {
    }

    static List<GoldArticle> read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            List<GoldArticle> out = new ArrayList<>();
            if (root.has("items")) {
                for (JsonNode item : root.get("items")) {
                    out.add(of(item, root));
                }
            } else {
                out.add(of(root, root));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    private static GoldArticle of(JsonNode node, JsonNode parent) {
        String published = text(node, "published") != null ? text(node, "published") : text(parent, "published");
        Article article = new Article(text(node, "id"), text(node, "title") == null ? text(node, "id")
                : text(node, "title"), published == null ? null : LocalDate.parse(published), null, null,
                node.get("text").asText());
        Map<String, GoldEntity> entities = new HashMap<>();
        for (JsonNode e : node.path("entities")) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> surfaces = new LinkedHashSet<>();
            names.add(norm(e.get("name").asText()));
            surfaces.add(ArticleScorer.norm(e.get("name").asText()));
            e.path("aliases").forEach(a -> names.add(norm(a.asText())));
            e.path("aliases").forEach(a -> surfaces.add(ArticleScorer.norm(a.asText())));
            surfaces.remove("");
            String id = e.get("id").asText();
            String dyad = text(e, "dyad") != null ? text(e, "dyad")
                    : "Country".equals(text(e, "type")) ? id : text(e, "country");
            entities.put(id, new GoldEntity(id, text(e, "country"), names, surfaces, dyad));
        }
        List<GoldFact> facts = new ArrayList<>();
        for (JsonNode f : node.path("facts")) {
            if (f.path("negated").asBoolean(false)) {
                continue; // score.py scores asserted gold facts only
            }
            List<Plover> types = new ArrayList<>();
            f.get("plover").forEach(t -> types.add(Plover.parse(t.asText())));
            facts.add(new GoldFact(f.get("subject").asText(), f.get("object").asText(), types,
                    f.path("symmetric").asBoolean(false)));
        }
        List<String> traps = new ArrayList<>();
        for (JsonNode n : node.path("non_facts")) {
            traps.add(n.isTextual() ? n.asText() : n.get("evidence").asText());
        }
        return new GoldArticle(article, entities, facts, traps);
    }

    static String norm(String s) {
        return s.replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("^the ", "").strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
