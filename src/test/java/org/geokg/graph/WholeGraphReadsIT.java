package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.testing.AnalystGraph;
import org.geokg.testing.Fixtures;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.Test;

/** The embedded store's whole-graph reads, held to the export queries they stand for. */
class WholeGraphReadsIT {
    private static final List<String> READ = List.of("read/export-actors", "read/export-articles",
            "read/export-facts", "read/export-direct");

    @Test
    void eachReadingGivesItsQuerysRowsInTheSameOrder() {
        TestGraph.clean();
        GraphStore store = TestGraph.store();
        AnalystGraph.store(store);
        AnalystGraph.storeOneFactPerType(store);
        AnalystGraph.storeDenseActor(store, 80);
        store.store(Fixtures.sample("whole-1"), List.of());
        assertThat(TestGraph.count("MATCH (:Actor {id: 'country:USA'})-[r]-() RETURN count(r)")).isGreaterThan(100);
        for (String query : READ) {
            List<Map<String, Object>> cypher = new ArrayList<>();
            List<Map<String, Object>> walked = new ArrayList<>();
            store.scan(query, unfiltered(), cypher::add);
            store.scanWhole(query, unfiltered(), walked::add);
            assertThat(walked).as(query).hasSizeGreaterThan(4).isEqualTo(cypher);
        }
    }

    @Test
    void anExternalServerGivesTheSameRowsThroughTheQueries() {
        TestGraph.clean();
        GraphStore store = TestGraph.store();
        AnalystGraph.store(store);
        GraphStore bolt = new GraphStore(TestGraph.runtime().driver(), TestGraph.runtime().database(),
                TestGraph.runtime().retryBudget());
        for (String query : List.of("read/export-facts", "read/export-relations")) {
            List<Map<String, Object>> viaBolt = new ArrayList<>();
            List<Map<String, Object>> local = new ArrayList<>();
            bolt.scanWhole(query, unfiltered(), viaBolt::add);
            store.scanWhole(query, unfiltered(), local::add);
            assertThat(local).as(query).hasSizeGreaterThan(4).isEqualTo(viaBolt);
        }
    }

    /** The export queries' parameters with every filter off. */
    private static Map<String, Object> unfiltered() {
        Map<String, Object> p = new HashMap<>();
        p.put("filtered", false);
        for (String filter : List.of("since", "until", "plover", "actors")) {
            p.put(filter, null);
        }
        return p;
    }
}
