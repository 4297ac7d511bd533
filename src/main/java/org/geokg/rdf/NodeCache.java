package org.geokg.rdf;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The nodes an export makes again and again, each made once: actor and article IRIs (every fact names two or
 * three) and typed literals (dates, booleans, confidences repeat), which cost more to mint or to parse than to
 * write. One per export, on one thread. Bounded: a map that outgrows its limit starts over, so memory does not
 * grow with the graph.
 */
final class NodeCache {
    private static final int LIMIT = 50_000;

    private final Iris iris;
    private final Map<String, Node> actors = new HashMap<>();
    private final Map<String, Node> articles = new HashMap<>();
    private final Map<XSDDatatype, Map<String, Node>> literals = new HashMap<>();

    NodeCache(Iris iris) {
        this.iris = iris;
    }

    Node actor(String id) {
        return cached(actors, id, iris::actor);
    }

    Node article(String id) {
        return cached(articles, id, iris::article);
    }

    Node typed(String lexical, XSDDatatype type) {
        return cached(literals.computeIfAbsent(type, t -> new HashMap<>()), lexical,
                l -> NodeFactory.createLiteralDT(l, type));
    }

    private static Node cached(Map<String, Node> map, String key, Function<String, Node> make) {
        Node node = map.get(key);
        if (node == null) {
            if (map.size() >= LIMIT) {
                map.clear();
            }
            node = make.apply(key);
            map.put(key, node);
        }
        return node;
    }
}
