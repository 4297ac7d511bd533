package org.geokg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.model.Mention;

/** The {@code extract} output: the JSON document of facts.schema.json, or a readable text listing. */
final class ExtractionJson {
    private ExtractionJson() {
    }

    /** An article's own fields as the JSON formats write them (and {@code ingest} reads them): id to url. */
    static Map<String, Object> articleFields(Article a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("title", a.title());
        out.put("published", a.published() == null ? null : a.published().toString());
        out.put("source", a.source());
        out.put("url", a.url());
        return out;
    }

    static Map<String, Object> document(List<Extraction> extractions, boolean includeAll) {
        List<Object> articles = new ArrayList<>();
        for (Extraction x : extractions) {
            articles.add(article(x, includeAll));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("articles", articles);
        return doc;
    }

    static Map<String, Object> article(Extraction x, boolean includeAll) {
        Map<String, Object> out = articleFields(x.article());
        out.put("sentences", x.sentences());
        out.put("entities", entities(x));
        List<Object> facts = new ArrayList<>();
        for (Fact f : x.facts()) {
            if (includeAll || f.asserted()) {
                facts.add(fact(f));
            }
        }
        out.put("facts", facts);
        Map<String, Object> timing = new LinkedHashMap<>();
        x.stageNanos().forEach((stage, ns) -> timing.put(stage, Math.round(ns / 1e5) / 10.0));
        out.put("stage_ms", timing);
        return out;
    }

    private static List<Object> entities(Extraction x) {
        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        for (Mention m : x.mentions()) {
            surfaces.computeIfAbsent(m.entityId(), k -> new LinkedHashSet<>()).add(m.text());
        }
        List<Object> out = new ArrayList<>();
        for (Entity e : x.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.name());
            m.put("type", e.type().name());
            m.put("country", e.country());
            m.put("sector", e.sector());
            m.put("wikidata", e.wikidata());
            m.put("role", e.role());
            m.put("mentions", new ArrayList<>(surfaces.getOrDefault(e.id(), Set.of())));
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("subject", f.subject());
        m.put("object", f.object());
        m.put("plover", f.plover().name());
        m.put("quad_class", f.plover().quadClass().name().toLowerCase(java.util.Locale.ROOT));
        m.put("predicate", f.predicate());
        m.put("date", f.date() == null ? null : f.date().toString());
        m.put("evidence", f.evidence());
        m.put("quote", f.quote());
        m.put("speaker", f.speaker());
        m.put("negated", f.negated());
        m.put("modality", f.modality().label());
        m.put("confidence", f.confidence());
        m.put("sentence", f.provenance().sentence());
        m.put("char_begin", f.provenance().begin());
        m.put("char_end", f.provenance().end());
        m.put("method", f.provenance().method());
        return m;
    }

    static void text(List<Extraction> extractions, boolean includeAll, PrintWriter out) {
        for (Extraction x : extractions) {
            out.printf("== %s (%s)%n", x.article().title(), x.article().id());
            for (Fact f : x.facts()) {
                if (includeAll || f.asserted()) {
                    out.printf("  %-26s %-9s %-26s %s %s%s  %.2f%n", f.subject(), f.plover(), f.object(),
                            f.date() == null ? "-" : f.date(), f.modality().label(), f.negated() ? " NEGATED" : "",
                            f.confidence());
                    out.printf("      %s%n", f.evidence().replace('\n', ' '));
                }
            }
        }
    }
}
