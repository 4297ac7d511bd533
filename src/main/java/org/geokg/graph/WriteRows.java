package org.geokg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.neo4j.driver.TransactionContext;

/**
 * The parameter rows of one article's write, by write query. The same rows go through the MERGE queries (the real
 * write) or, for the bench baseline, a raw {@code UNWIND $rows CREATE}, so both measure the same data.
 */
record WriteRows(List<Map<String, Object>> actors, List<Map<String, Object>> links, Map<String, Object> article,
                 List<Map<String, Object>> facts) {

    static WriteRows of(Extraction extraction, List<Entity> context) {
        Map<String, Entity> actors = GraphStore.actors(extraction, context);
        return new WriteRows(RowMapper.actorRows(actors.values()), RowMapper.linkRows(actors.values()),
                RowMapper.articleRow(extraction), RowMapper.factRows(extraction.article(), extraction.facts()));
    }

    /** The same rows as another article with other facts (ids suffixed): bench warm-up writes that create nodes. */
    WriteRows renamed(String suffix) {
        Map<String, Object> art = Map.of("id", article.get("id") + suffix, "props", article.get("props"));
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Map<String, Object> f : facts) {
            Map<String, Object> copy = new HashMap<>(f);
            copy.put("id", f.get("id") + suffix);
            copy.put("article", art.get("id"));
            fs.add(copy);
        }
        return new WriteRows(actors, links, art, fs);
    }

    /** The real write: MERGE queries in dependency order. Returns true if the article node was created. */
    boolean merge(TransactionContext tx, CypherLibrary cypher) {
        run(tx, cypher.get("write/merge-actors"), actors);
        run(tx, cypher.get("write/link-actors"), links);
        int created = run(tx, cypher.get("write/merge-article"), List.of(article));
        run(tx, cypher.get("write/merge-facts"), facts);
        run(tx, cypher.get("write/merge-direct"), facts);
        return created > 0;
    }

    /** The rows by kind, in write order, flattened for the bench baseline (node properties cannot be maps). */
    Map<String, List<Map<String, Object>>> flattened() {
        Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
        kinds.put("actors", RowMapper.flat(actors));
        kinds.put("links", RowMapper.flat(links));
        kinds.put("article", RowMapper.flat(List.of(article)));
        kinds.put("facts", RowMapper.flat(facts));
        return kinds;
    }

    /** The baseline: each kind of {@link #flattened} row stored as plain nodes, one statement per kind. */
    static int createRaw(TransactionContext tx, CypherLibrary cypher, Map<String, List<Map<String, Object>>> kinds) {
        String query = cypher.get("bench/create-rows");
        int created = 0;
        for (Map.Entry<String, List<Map<String, Object>>> kind : kinds.entrySet()) {
            created += run(tx, query, kind.getValue(), kind.getKey());
        }
        return created;
    }

    private static int run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        return run(tx, query, rows, null);
    }

    /** Runs a query on a batch of rows (and the baseline's row kind, if any); returns the nodes it created. */
    private static int run(TransactionContext tx, String query, List<Map<String, Object>> rows, String kind) {
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = kind == null ? Map.of("rows", rows) : Map.of("rows", rows, "kind", kind);
        return tx.run(query, params).consume().counters().nodesCreated();
    }
}
