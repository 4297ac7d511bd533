package org.geokg.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.model.Ids;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Applies {@code cypher/schema/V*.cypher} in order, each once, and records each as a {@code SchemaMigration} node
 * so later starts skip it. Schema statements run one per auto-commit transaction, as Neo4j requires.
 */
final class SchemaMigrator {
    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final CypherLibrary cypher;

    SchemaMigrator(Driver driver, SessionConfig sessionConfig, CypherLibrary cypher) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.cypher = cypher;
    }

    /** Returns the versions applied by this call (empty when the schema was up to date). */
    List<String> migrate() {
        try (Session session = driver.session(sessionConfig)) {
            Set<String> applied = new HashSet<>(session.executeRead(tx ->
                    tx.run(cypher.get("read/applied-migrations")).list(r -> r.get("version").asString())));
            List<String> pending = cypher.names("schema").stream()
                    .filter(name -> !applied.contains(version(name))).toList();
            for (String name : pending) {
                for (String statement : cypher.statements(name)) {
                    session.run(statement).consume();
                }
                Map<String, Object> row = Map.of("version", version(name), "name", name,
                        "checksum", Ids.hash(cypher.get(name)));
                session.executeWrite(tx -> tx.run(cypher.get("write/record-migration"), row).consume());
            }
            return pending.stream().map(SchemaMigrator::version).toList();
        }
    }

    private static String version(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int sep = file.indexOf("__");
        return sep < 0 ? file : file.substring(0, sep);
    }
}
