package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The graph round trip against a real Neo4j server in Docker (the image docker-compose.yml uses). Skipped, and
 * reported as skipped, where no Docker engine runs; the same tests run against the embedded Neo4j in GraphStoreIT.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {
    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword("geokg-test");

    @Test
    void roundTripAgainstAServer() {
        try (Driver driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", "geokg-test"))) {
            GraphStore store = new GraphStore(driver, "neo4j", java.time.Duration.ofSeconds(10));
            assertThat(store.migrate()).contains("V0001", "V0002");
            store.store(Fixtures.sample("a1"), List.of());
            assertThat(store.store(Fixtures.sample("a1"), List.of())).isFalse();
            assertThat(store.stats().facts()).isEqualTo(3);
        }
    }
}
