package org.geokg.graph;

import java.util.List;
import java.util.Map;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The graph-write baseline of {@code geokg bench}: the very rows {@link GraphStore#store} sends, written with a plain
 * {@code UNWIND $rows CREATE} under the scratch label {@code :BenchRow}, one transaction per article like the real
 * write. The gap between the two is what MERGE, lookups and relationships cost.
 */
public final class GraphBench {
    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final CypherLibrary cypher = CypherLibrary.load();

    public GraphBench(Neo4jRuntime runtime) {
        this.driver = runtime.driver();
        this.sessionConfig = SessionConfig.forDatabase(runtime.database());
    }

    /** Writes an extraction's rows raw; returns the number of nodes created. */
    public int rawCreate(Extraction extraction, List<Entity> context) {
        Map<String, Entity> actors = GraphStore.actors(extraction, context);
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                int n = 0;
                for (Map.Entry<String, List<Map<String, Object>>> batch : Map.of(
                        "actors", RowMapper.actorRows(actors.values()),
                        "links", RowMapper.linkRows(actors.values()),
                        "article", List.of(RowMapper.articleRow(extraction)),
                        "facts", RowMapper.factRows(extraction.article(), extraction.facts())).entrySet()) {
                    if (!batch.getValue().isEmpty()) {
                        n += tx.run(cypher.get("bench/create-rows"), Map.of("rows", batch.getValue(),
                                "kind", batch.getKey())).consume().counters().nodesCreated();
                    }
                }
                return n;
            });
        }
    }

    /** Deletes the scratch nodes; returns how many there were. */
    public int clear() {
        try (Session session = driver.session(sessionConfig)) {
            return session.run(cypher.get("bench/clear-rows")).consume().counters().nodesDeleted();
        }
    }
}
