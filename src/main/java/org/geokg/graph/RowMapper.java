package org.geokg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.model.ActorType;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;

/** Turns domain records into the parameter rows of the write queries (plain maps: values only, no Cypher). */
final class RowMapper {
    private RowMapper() {
    }

    /** Actor rows: {id, aliases, props}; props holds only known values, so {@code SET a += props} keeps the rest. */
    static List<Map<String, Object>> actorRows(Collection<Entity> actors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entity e : actors) {
            Map<String, Object> props = new HashMap<>();
            put(props, "name", e.name());
            put(props, "type", e.type().name());
            put(props, "iso3", e.country());
            put(props, "sector", e.sector());
            put(props, "wikidata", e.wikidata());
            put(props, "role", e.role());
            rows.add(Map.of("id", e.id(), "aliases", e.aliases(), "props", props));
        }
        return rows;
    }

    static List<Map<String, Object>> linkRows(Collection<Entity> actors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entity e : actors) {
            if (e.country() != null && e.type() != ActorType.Country) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", e.id());
                row.put("type", e.type().name());
                row.put("country", e.country());
                row.put("role", e.role());
                rows.add(row);
            }
        }
        return rows;
    }

    /** The article row: {id, props}, dates as dates (the driver sends them as such). */
    static Map<String, Object> articleRow(Extraction extraction) {
        Article a = extraction.article();
        Map<String, Object> props = new HashMap<>();
        put(props, "title", a.title());
        put(props, "published", a.published());
        put(props, "source", a.source());
        put(props, "url", a.url());
        put(props, "text", a.text());
        put(props, "contentHash", a.contentHash());
        put(props, "sentences", extraction.sentences());
        return Map.of("id", a.id(), "props", props);
    }

    /**
     * Fact rows: the keys the query matches on, {@code fact} (the Fact node's properties) and {@code report} (the
     * REPORTED_IN relationship's: this article's evidence). Whole maps keep the query short, which matters: Neo4j
     * prepares the query text on every run.
     */
    static List<Map<String, Object>> factRows(Article article, List<Fact> facts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Fact f : facts) {
            Map<String, Object> fact = new HashMap<>();
            put(fact, "plover", f.plover().name());
            put(fact, "predicate", f.predicate());
            put(fact, "date", f.date());
            put(fact, "negated", f.negated());
            put(fact, "modality", f.modality().label());
            put(fact, "method", f.provenance().method());
            put(fact, "articleId", article.id());
            Map<String, Object> report = new HashMap<>();
            put(report, "evidence", f.evidence());
            put(report, "quote", f.quote());
            put(report, "confidence", f.confidence());
            put(report, "sentence", f.provenance().sentence());
            put(report, "charBegin", f.provenance().begin());
            put(report, "charEnd", f.provenance().end());
            fact.putAll(report);
            Map<String, Object> row = new HashMap<>();
            row.put("id", f.id());
            row.put("article", article.id());
            row.put("subject", f.subject());
            row.put("object", f.object());
            row.put("speaker", f.speaker());
            row.put("asserted", f.asserted());
            row.put("fact", fact);
            row.put("report", report);
            rows.add(row);
        }
        return rows;
    }

    /**
     * The rows flattened (nested maps lifted to the top level): the bench baseline stores them as plain node
     * properties, which cannot be maps.
     */
    static List<Map<String, Object>> flat(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> flat = new HashMap<>();
            row.forEach((k, v) -> {
                if (v instanceof Map<?, ?> m) {
                    m.forEach((mk, mv) -> flat.put(k + "_" + mk, mv));
                } else if (v != null) {
                    flat.put(k, v);
                }
            });
            out.add(flat);
        }
        return out;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
