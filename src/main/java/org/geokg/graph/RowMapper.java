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

    static List<Map<String, Object>> actorRows(Collection<Entity> actors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entity e : actors) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.id());
            row.put("name", e.name());
            row.put("type", e.type().name());
            row.put("country", e.country());
            row.put("sector", e.sector());
            row.put("wikidata", e.wikidata());
            row.put("role", e.role());
            row.put("aliases", e.aliases());
            rows.add(row);
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

    static Map<String, Object> articleRow(Extraction extraction) {
        Article a = extraction.article();
        Map<String, Object> row = new HashMap<>();
        row.put("id", a.id());
        row.put("title", a.title());
        row.put("published", a.published() == null ? null : a.published().toString());
        row.put("source", a.source());
        row.put("url", a.url());
        row.put("text", a.text());
        row.put("contentHash", a.contentHash());
        row.put("sentences", extraction.sentences());
        return row;
    }

    static List<Map<String, Object>> factRows(Article article, List<Fact> facts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Fact f : facts) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", f.id());
            row.put("article", article.id());
            row.put("subject", f.subject());
            row.put("object", f.object());
            row.put("speaker", f.speaker());
            row.put("plover", f.plover().name());
            row.put("predicate", f.predicate());
            row.put("date", f.date() == null ? null : f.date().toString());
            row.put("evidence", f.evidence());
            row.put("quote", f.quote());
            row.put("negated", f.negated());
            row.put("modality", f.modality().label());
            row.put("confidence", f.confidence());
            row.put("asserted", f.asserted());
            row.put("sentence", f.provenance().sentence());
            row.put("begin", f.provenance().begin());
            row.put("end", f.provenance().end());
            row.put("method", f.provenance().method());
            rows.add(row);
        }
        return rows;
    }
}
