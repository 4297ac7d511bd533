package org.geokg.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Reads and writes the knowledge graph through the driver, with the named queries under {@code cypher/}. An
 * article and everything extracted from it are written in one transaction: all of it lands, or none.
 */
public final class GraphStore {

    /** What the graph holds. */
    public record Stats(long articles, long entities, long facts, long reports, Map<String, Long> factsByPlover) {
    }

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final CypherLibrary cypher = CypherLibrary.load();
    /** Both null for an external server: bulk reads then go through the driver like everything else. */
    private final LocalReads local;
    private final WholeGraphReads whole;
    private final Outage outage;

    public GraphStore(Neo4jRuntime runtime) {
        this(runtime.driver(), runtime.database(), runtime.embeddedDatabase().orElse(null), runtime.retryBudget());
    }

    /** A store on a driver of one's own, whose retry time is {@code retryBudget}. */
    public GraphStore(Driver driver, String database, Duration retryBudget) {
        this(driver, database, null, retryBudget);
    }

    private GraphStore(Driver driver, String database, GraphDatabaseService embedded, Duration retryBudget) {
        this.driver = driver;
        this.outage = new Outage(retryBudget);
        this.sessionConfig = SessionConfig.builder().withDatabase(database).withFetchSize(1000).build();
        this.local = embedded == null ? null : new LocalReads(embedded);
        this.whole = embedded == null ? null : new WholeGraphReads(embedded, cypher);
    }

    /** Applies pending schema files; returns the versions applied now. */
    public List<String> migrate() {
        return new SchemaMigrator(driver, sessionConfig, cypher).migrate();
    }

    public boolean hasArticle(String id) {
        return read(tx -> tx.run(cypher.get("read/article-exists"), Map.of("id", id))
                .single().get("exists").asBoolean());
    }

    /**
     * Stores an extraction. {@code context} are actors the extraction refers to without naming them (the country
     * of a body, say), so links have both ends. Returns true if the article was new (its node was created by
     * this write, so the answer comes from the same transaction).
     */
    public boolean store(Extraction extraction, List<Entity> context) {
        WriteRows rows = WriteRows.of(extraction, context);
        return outage.guard(() -> {
            try (Session session = driver.session(sessionConfig)) {
                return session.executeWrite(tx -> rows.merge(tx, cypher));
            }
        });
    }

    /** The actors a write stores: the context first, then the extraction's own (their aliases win). */
    static Map<String, Entity> actors(Extraction extraction, List<Entity> context) {
        Map<String, Entity> actors = new LinkedHashMap<>();
        context.forEach(e -> actors.put(e.id(), e));
        extraction.entities().forEach(e -> actors.merge(e.id(), e, (a, b) -> b.withAliases(a.aliases())));
        return actors;
    }

    public Stats stats() {
        return read(tx -> {
            Record r = tx.run(cypher.get("read/stats")).single();
            Map<String, Long> byType = new LinkedHashMap<>();
            tx.run(cypher.get("read/facts-by-plover"))
                    .forEachRemaining(t -> byType.put(t.get("plover").asString(), t.get("facts").asLong()));
            return new Stats(r.get("articles").asLong(), r.get("entities").asLong(), r.get("facts").asLong(),
                    r.get("reports").asLong(), byType);
        });
    }

    /** Streams the rows of a named read query to {@code sink}, one map per record, without collecting them. */
    public void stream(String query, Map<String, Object> params, Consumer<Map<String, Object>> sink) {
        read(tx -> {
            Result result = tx.run(cypher.get(query), params);
            while (result.hasNext()) {
                sink.accept(result.next().asMap());
            }
            return null;
        });
    }

    /**
     * Streams the rows of a named bulk read (the RDF export's queries) like {@link #stream}, in-process when the
     * database is embedded. The query must return plain values (no nodes or relationships).
     */
    public void scan(String query, Map<String, Object> params, Consumer<Map<String, Object>> sink) {
        if (local == null) {
            stream(query, params, sink);
        } else {
            local.stream(cypher.get(query), params, sink);
        }
    }

    /**
     * Streams the rows of a named export query over the whole graph ({@code params} turn its filters off) like
     * {@link #scan}. In the embedded database the whole-graph reads of actors, articles, facts and direct relations
     * walk the store through Neo4j's Java API instead: the same rows in the same order, in half the time.
     */
    public void scanWhole(String query, Map<String, Object> params, Consumer<Map<String, Object>> sink) {
        if (whole != null && whole.reads(query)) {
            whole.stream(query, sink);
        } else {
            scan(query, params, sink);
        }
    }

    /** Runs a library query (see {@link QueryLibrary}) in a read transaction: columns in order, plain values. */
    public QueryLibrary.Result query(QueryLibrary.Bound bound) {
        String text = cypher.get(QueryLibrary.FOLDER + "/" + bound.query().name());
        return read(tx -> PlainValues.result(tx.run(text, bound.params())));
    }

    /** Runs a named read query and returns all rows (for small results). */
    public List<Map<String, Object>> list(String query, Map<String, Object> params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        stream(query, params, row -> rows.add(new HashMap<>(row)));
        return rows;
    }

    private <T> T read(TransactionCallback<T> work) {
        return outage.guard(() -> {
            try (Session session = driver.session(sessionConfig)) {
                return session.executeRead(work);
            }
        });
    }
}
