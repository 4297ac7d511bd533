package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.geokg.model.Extraction;
import org.geokg.testing.Fixtures;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphStoreIT {
    private GraphStore store;

    @BeforeEach
    void setUp() {
        store = TestGraph.store();
        TestGraph.clean();
    }

    @Test
    void schemaFilesApplyOnceInOrder() {
        assertThat(store.migrate()).isEmpty();
        List<String> versions = store.list("read/applied-migrations", Map.of()).stream()
                .map(r -> r.get("version").toString()).sorted().toList();
        assertThat(versions).startsWith("V0001", "V0002", "V0003");
        assertThat(TestGraph.count("SHOW CONSTRAINTS YIELD name WHERE name = 'fact_id' RETURN count(*)")).isEqualTo(1);
        assertThat(TestGraph.count("SHOW INDEXES YIELD name WHERE name = 'actor_names' RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void actorSearchSeesTheWriteJustCommittedThoughTheIndexIsEventuallyConsistent() {
        assertThat(TestGraph.count("SHOW INDEXES YIELD name, options WHERE name = 'actor_names'"
                + " AND options.indexConfig.`fulltext.eventually_consistent` RETURN count(*)")).isEqualTo(1);
        for (int i = 0; i < 20; i++) {
            TestGraph.clean();
            store.store(Fixtures.sample("search-" + i), List.of());
            List<Map<String, Object>> hits = store.list("read/api-actor-search",
                    Map.of("query", "sheinbaum", "limit", 5));
            assertThat(hits).as("search right after write %d", i).extracting(h -> h.get("id"))
                    .containsExactly("person:claudia-sheinbaum");
        }
    }

    @Test
    void roundTripKeepsActorsFactsAndProvenance() {
        Extraction x = Fixtures.sample("a1");
        assertThat(store.store(x, List.of())).isTrue();
        GraphStore.Stats stats = store.stats();
        assertThat(stats.articles()).isEqualTo(1);
        assertThat(stats.entities()).isEqualTo(4);
        assertThat(stats.facts()).isEqualTo(3);
        assertThat(stats.factsByPlover()).containsEntry("REJECT", 1L).containsEntry("ASSAULT", 1L);
        assertThat(TestGraph.count("MATCH (:Person {id:'person:claudia-sheinbaum'})-[:HOLDS_ROLE]->(:Country {iso3:'MEX'})"
                + " RETURN count(*)")).isEqualTo(1);
        assertThat(TestGraph.count("MATCH (:GovernmentBody)-[:PART_OF]->(:Country {iso3:'USA'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(TestGraph.count("MATCH (f:Fact {plover:'REJECT'})-[:SUBJECT]->(:Person), (f)-[:OBJECT]->(:Country),"
                + " (f)-[r:REPORTED_IN]->(:Article {id:'a1'}) WHERE r.evidence = f.evidence RETURN count(*)"))
                .isEqualTo(1);
        // Asserted facts get a direct relationship for browsing; the negated assault does not.
        assertThat(TestGraph.count("MATCH (:Person)-[d:REJECT]->(:Country) WHERE d.count = 1 RETURN count(*)"))
                .isEqualTo(1);
        assertThat(TestGraph.count("MATCH ()-[d:ASSAULT]->() RETURN count(*)")).isZero();
    }

    @Test
    void storingTheSameArticleAgainChangesNothing() {
        store.store(Fixtures.sample("a1"), List.of());
        long nodes = TestGraph.count("MATCH (n) RETURN count(n)");
        long rels = TestGraph.count("MATCH ()-[r]->() RETURN count(r)");
        assertThat(store.store(Fixtures.sample("a1"), List.of())).isFalse();
        assertThat(TestGraph.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(TestGraph.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
        assertThat(TestGraph.count("MATCH ()-[d:REJECT]->() RETURN sum(d.count)")).isEqualTo(1);
    }

    @Test
    void aSecondReportOfTheSameEventAddsAReportNotAFact() {
        store.store(Fixtures.sample("a1"), List.of());
        store.store(Fixtures.sample("a2"), List.of());
        GraphStore.Stats stats = store.stats();
        assertThat(stats.articles()).isEqualTo(2);
        assertThat(stats.facts()).isEqualTo(3);
        assertThat(stats.reports()).isEqualTo(6);
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        Extraction x = Fixtures.sample("a1");
        // A broken row (a fact without id) fails the transaction: actors and article written before it roll back.
        Extraction broken = new Extraction(x.article(), x.entities(), x.mentions(),
                List.of(new org.geokg.model.Fact(null, "country:MEX", "country:USA", org.geokg.model.Plover.REJECT,
                        "rejects", null, "e", null, null, false, org.geokg.model.Modality.ASSERTED, 0.5,
                        new org.geokg.model.Provenance("a1", 0, 0, 1, "test"))), Map.of(), 1);
        assertThatThrownBy(() -> store.store(broken, List.of())).isInstanceOf(RuntimeException.class);
        assertThat(store.stats().articles()).isZero();
        assertThat(store.stats().entities()).isZero();
    }
}
