package org.geokg.testing;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/** Everything the shared graph holds, nodes and relationships with their properties, to compare before and after. */
public record GraphSnapshot(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {

    public static GraphSnapshot take() {
        try (Session s = TestGraph.runtime().driver().session()) {
            return new GraphSnapshot(
                    s.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props"
                            + " ORDER BY id").list(r -> r.asMap()),
                    s.run("MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a,"
                            + " elementId(b) AS b, properties(r) AS props ORDER BY id").list(r -> r.asMap()));
        }
    }
}
