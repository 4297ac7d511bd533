package org.geokg.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.geokg.model.Plover;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * The RDF export's reads of the whole embedded graph, walked through Neo4j's Java API: rows equal to those of the
 * named export queries with their filters off, in the same order, in about half the time. Cypher's slotted
 * runtime spent most of those reads evaluating projections row by row; here Cypher only hands over the nodes in
 * id order (from the id index), and their properties and relationships are read directly. Tests hold each reading
 * to its query's rows.
 */
final class WholeGraphReads {
    private static final Label COUNTRY = Label.label("Country");
    private static final Label ACTOR = Label.label("Actor");
    private static final RelationshipType[] DIRECT = Arrays.stream(Plover.values())
            .map(p -> RelationshipType.withName(p.name())).toArray(RelationshipType[]::new);
    private static final RelationshipType[] LINKS = {RelationshipType.withName("SUBJECT"),
            RelationshipType.withName("OBJECT"), RelationshipType.withName("SAID_BY"),
            RelationshipType.withName("REPORTED_IN")};
    private static final String[] ACTOR_KEYS = {"id", "name", "type", "iso3", "sector", "wikidata", "role", "aliases"};
    private static final String[] ARTICLE_KEYS = {"id", "title", "published", "source", "url", "contentHash"};
    private static final String[] FACT_KEYS = {"id", "plover", "predicate", "date", "evidence", "quote", "negated",
            "modality", "confidence"};

    /** A reading: the transaction to read in, where its rows go. */
    private interface Reading {
        void read(Transaction tx, Consumer<Map<String, Object>> sink);
    }

    private final GraphDatabaseService database;
    private final CypherLibrary cypher;
    private final Map<String, Reading> readings = Map.of(
            "read/export-actors", this::actors,
            "read/export-articles", this::articles,
            "read/export-facts", this::facts,
            "read/export-direct", this::direct);

    WholeGraphReads(GraphDatabaseService database, CypherLibrary cypher) {
        this.database = database;
        this.cypher = cypher;
    }

    /** Whether {@code query} has a reading here. */
    boolean reads(String query) {
        return readings.containsKey(query);
    }

    void stream(String query, Consumer<Map<String, Object>> sink) {
        try (Transaction tx = database.beginTx()) {
            readings.get(query).read(tx, sink);
        }
    }

    /** As export-actors: each actor with the id of its country's actor when that actor exists. */
    private void actors(Transaction tx, Consumer<Map<String, Object>> sink) {
        Set<Object> countries = new HashSet<>();
        try (ResourceIterator<Node> it = tx.findNodes(COUNTRY)) {
            it.forEachRemaining(c -> countries.add(c.getProperty("id", null)));
        }
        eachNode(tx, "read/export-actor-nodes", actor -> {
            Map<String, Object> p = actor.getProperties(ACTOR_KEYS);
            String countryActor = p.get("iso3") == null ? null : "country:" + p.get("iso3");
            Object aliases = p.get("aliases");
            sink.accept(row("id", p.get("id"), "name", p.get("name"), "type", p.get("type"), "country", p.get("iso3"),
                    "countryActor", countries.contains(countryActor) ? countryActor : null, "sector", p.get("sector"),
                    "wikidata", p.get("wikidata"), "role", p.get("role"),
                    "aliases", aliases == null ? List.of() : LocalReads.plain(aliases)));
        });
    }

    /** As export-articles. */
    private void articles(Transaction tx, Consumer<Map<String, Object>> sink) {
        eachNode(tx, "read/export-article-nodes", article -> {
            Map<String, Object> p = article.getProperties(ARTICLE_KEYS);
            sink.accept(row("id", p.get("id"), "title", p.get("title"), "published", text(p.get("published")),
                    "source", p.get("source"), "url", p.get("url"), "contentHash", p.get("contentHash")));
        });
    }

    /** As export-facts: facts with both ends, their first speaker and all their articles. */
    private void facts(Transaction tx, Consumer<Map<String, Object>> sink) {
        eachNode(tx, "read/export-fact-nodes", fact -> {
            Map<String, Object> links = links(fact);
            if (links.get("SUBJECT") == null || links.get("OBJECT") == null) {
                return;
            }
            Map<String, Object> p = fact.getProperties(FACT_KEYS);
            sink.accept(row("id", p.get("id"), "subject", links.get("SUBJECT"), "object", links.get("OBJECT"),
                    "speaker", links.get("SAID_BY"), "plover", p.get("plover"), "predicate", p.get("predicate"),
                    "date", text(p.get("date")), "evidence", p.get("evidence"), "quote", p.get("quote"),
                    "negated", p.get("negated"), "modality", p.get("modality"), "confidence", p.get("confidence"),
                    "articles", links.get("REPORTED_IN")));
        });
    }

    /** The ids a fact links to in one pass over its relationships: the first of each kind, all its articles. */
    private static Map<String, Object> links(Node fact) {
        Map<String, Object> links = new LinkedHashMap<>();
        List<Object> articles = new ArrayList<>();
        try (ResourceIterable<Relationship> rels = fact.getRelationships(Direction.OUTGOING, LINKS)) {
            for (Relationship r : rels) {
                String type = r.getType().name();
                Object id = r.getEndNode().getProperty("id", null);
                if (type.equals("REPORTED_IN")) {
                    articles.add(id);
                } else if (!links.containsKey(type)) {
                    links.put(type, id);
                }
            }
        }
        links.put("REPORTED_IN", articles);
        return links;
    }

    /** As export-direct: each direct relationship between actors with the ids of the facts behind it. */
    private void direct(Transaction tx, Consumer<Map<String, Object>> sink) {
        eachNode(tx, "read/export-actor-nodes", subject -> {
            Object id = subject.getProperty("id");
            try (ResourceIterable<Relationship> rels = subject.getRelationships(Direction.OUTGOING, DIRECT)) {
                for (Relationship d : rels) {
                    Node object = d.getEndNode();
                    if (object.hasLabel(ACTOR)) {
                        sink.accept(row("subject", id, "plover", d.getType().name(), "object",
                                object.getProperty("id", null), "facts", LocalReads.plain(d.getProperty("factIds", null))));
                    }
                }
            }
        });
    }

    private void eachNode(Transaction tx, String query, Consumer<Node> action) {
        try (ResourceIterator<Node> nodes = tx.execute(cypher.get(query)).columnAs("n")) {
            nodes.forEachRemaining(action);
        }
    }

    /** Dates as Cypher's toString gives them. */
    private static Object text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }
}
