package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * The write queries that skip replanning ({@code CYPHER replan=skip}), held to what makes that safe: planned on an
 * empty store, where scans look free, they still only seek by unique id and expand between nodes they hold, so
 * that first plan is right for a graph of any size.
 */
class WriteQueryPlansIT {
    private final CypherLibrary cypher = CypherLibrary.load();

    @Test
    void queriesThatSkipReplanningDoNotScanEvenWhenPlannedOnAnEmptyStore(@TempDir Path home) {
        try (Neo4jRuntime runtime = Neo4jRuntime.openEmbedded(home, false)) {
            new GraphStore(runtime).migrate();
            List<String> skipping = new ArrayList<>();
            for (String name : cypher.names("write")) {
                if (cypher.get(name).contains("CYPHER replan=skip")) {
                    skipping.add(name);
                }
            }
            assertThat(skipping).contains("write/merge-actors", "write/link-actors", "write/merge-article",
                    "write/merge-facts");
            for (String name : skipping) {
                assertThat(operators(runtime, name)).as(name).isNotEmpty().noneMatch(op -> op.contains("Scan"));
            }
            // The reason write/merge-direct is replanned as the graph grows.
            assertThat(cypher.get("write/merge-direct")).doesNotContain("replan=skip");
            assertThat(operators(runtime, "write/merge-direct")).anyMatch(op -> op.contains("AllRelationshipsScan"));
        }
    }

    /** The operator types of a named query's plan in this store, planned afresh (a new store has no cached plan). */
    private List<String> operators(Neo4jRuntime runtime, String name) {
        try (Session session = runtime.driver().session()) {
            Plan plan = session.run("EXPLAIN " + cypher.get(name)).consume().plan();
            List<String> out = new ArrayList<>();
            collect(plan, out);
            return out;
        }
    }

    private static void collect(Plan plan, List<String> out) {
        out.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, out));
    }
}
