package org.geokg.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geokg.graph.GraphStore;
import org.geokg.model.Plover;
import org.springframework.stereotype.Component;

/** The API's reads: the named {@code cypher/read/api-*} queries, their rows turned into {@link Views}. */
@Component
class GraphReads {
    /** Which facts GET /api/facts selects; null means no limit, an empty id list matches nothing. */
    record FactFilter(List<String> subjects, List<String> objects, List<String> plover, LocalDate since,
                      LocalDate until) {
    }

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final List<String> PLOVER_TYPES = java.util.Arrays.stream(Plover.values()).map(Enum::name)
            .toList();

    private final GraphStore store;

    GraphReads(GraphStore store) {
        this.store = store;
    }

    Optional<Views.ArticleView> article(String id) {
        List<Map<String, Object>> rows = store.list("read/api-article", Map.of("id", id));
        return rows.stream().findFirst().map(row -> Views.ArticleView.of(row, articleFacts(id)));
    }

    List<Views.FactView> articleFacts(String id) {
        return store.list("read/api-article-facts", Map.of("id", id)).stream().map(Views.FactView::of).toList();
    }

    Views.FactsPage facts(FactFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("subjects", filter.subjects());
        params.put("objects", filter.objects());
        params.put("plover", filter.plover());
        params.put("since", filter.since());
        params.put("until", filter.until());
        params.put("skip", (long) page * size);
        params.put("limit", size);
        long total = ((Number) store.list("read/api-facts-count", params).get(0).get("total")).longValue();
        List<Views.FactView> facts = store.list("read/api-facts", params).stream().map(Views.FactView::of).toList();
        return new Views.FactsPage(page, size, total, facts);
    }

    /** The ids of the actors a filter value names (id, name, alias or ISO3 code). */
    List<String> actorIds(String value) {
        return store.list("read/api-actor-match", Map.of("actor", value.strip())).stream()
                .map(r -> r.get("id").toString()).sorted().toList();
    }

    /**
     * Full-text search. The text becomes words (letters and digits) each matched whole or as a prefix, all
     * required, so Lucene syntax in user input can neither fail the query nor widen it.
     */
    List<Views.ActorHit> searchActors(String text, int limit) {
        List<String> words = NOT_A_WORD.splitAsStream(text.toLowerCase(java.util.Locale.ROOT))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            throw ApiException.badRequest("q needs at least one letter or digit");
        }
        String query = String.join(" AND ", words.stream().map(w -> "(" + w + " OR " + w + "*)").toList());
        return store.list("read/api-actor-search", Map.of("query", query, "limit", limit)).stream()
                .map(Views.ActorHit::of).toList();
    }

    Optional<Views.ActorView> actor(String id) {
        List<Map<String, Object>> rows = store.list("read/api-actor", Map.of("id", id));
        return rows.stream().findFirst().map(row -> Views.ActorView.of(row, relations(id)));
    }

    private Map<String, Views.Relations> relations(String id) {
        Map<String, List<Views.Link>> out = new LinkedHashMap<>();
        Map<String, List<Views.Link>> in = new LinkedHashMap<>();
        Map<String, Object> params = Map.of("id", id, "types", PLOVER_TYPES);
        for (Map<String, Object> row : store.list("read/api-actor-relations", params)) {
            String type = row.get("type").toString();
            Map<String, List<Views.Link>> side = "out".equals(row.get("direction")) ? out : in;
            side.computeIfAbsent(type, t -> new ArrayList<>()).add(Views.Link.of(row));
            (side == out ? in : out).computeIfAbsent(type, t -> new ArrayList<>());
        }
        Map<String, Views.Relations> byType = new java.util.TreeMap<>();
        for (String type : out.keySet()) {
            List<Views.Link> o = out.get(type);
            List<Views.Link> i = in.get(type);
            long facts = o.stream().mapToLong(Views.Link::count).sum() + i.stream().mapToLong(Views.Link::count).sum();
            byType.put(type, new Views.Relations(facts, List.copyOf(o), List.copyOf(i)));
        }
        return byType;
    }
}
