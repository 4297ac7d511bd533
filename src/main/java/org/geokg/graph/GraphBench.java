package org.geokg.graph;

import java.util.List;
import java.util.Map;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The graph-write measurements of {@code geokg bench}: the real write ({@link GraphStore#store}'s MERGE queries)
 * and its baseline, the very same rows stored with a plain {@code UNWIND $rows CREATE} under the scratch label
 * {@code :BenchRow}; both one transaction per article on one thread, the baseline one statement per kind of row (the
 * real write reads the fact rows twice: facts, then direct relationships). The gap is what MERGE, lookups and
 * relationships cost. The baseline may write to a store of its own: its rows would
 * otherwise count among the graph's nodes, and Neo4j replans a query whenever the counts it was planned with have
 * grown several times over, so the baseline's nodes would make the real write replan more often than ingest does.
 */
public final class GraphBench {
    /** One article's write rows, built (and flattened) before the timed loops so both sides time the database alone. */
    public static final class Rows {
        private final WriteRows rows;
        private final Map<String, List<Map<String, Object>>> raw;

        private Rows(WriteRows rows) {
            this.rows = rows;
            this.raw = rows.flattened();
        }
    }

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Driver rawDriver;
    private final SessionConfig rawSessionConfig;
    private final CypherLibrary cypher = CypherLibrary.load();

    /** Both writes in one store. */
    public GraphBench(Neo4jRuntime runtime) {
        this(runtime, runtime);
    }

    /** The real write in {@code graph}, the baseline's in {@code raw}. */
    public GraphBench(Neo4jRuntime graph, Neo4jRuntime raw) {
        this.driver = graph.driver();
        this.sessionConfig = SessionConfig.forDatabase(graph.database());
        this.rawDriver = raw.driver();
        this.rawSessionConfig = SessionConfig.forDatabase(raw.database());
    }

    public static Rows rows(Extraction extraction, List<Entity> context) {
        return new Rows(WriteRows.of(extraction, context));
    }

    /**
     * Brings both write paths to steady state (JIT, query plans): {@code writes} articles written each way, cycling
     * through {@code sample} under new article and fact ids so that they create nodes as first writes do.
     */
    public void warmUp(List<Rows> sample, int writes) {
        for (int i = 0; i < writes; i++) {
            warmUpWrite(sample.get(i % sample.size()), i);
        }
        clear();
    }

    /** One warm-up step: the sample written each way as the {@code n}th copy (new article and fact ids). */
    public void warmUpWrite(Rows sample, int n) {
        WriteRows r = sample.rows.renamed("#warm-up-" + n);
        merge(r);
        raw(r.flattened());
    }

    /** Seconds of the real MERGE write and of the raw CREATE of the same rows. */
    public record Seconds(double merge, double raw) {
    }

    /**
     * Seconds to store the articles with the real MERGE write and the same rows raw, each article both ways in
     * turn so that whatever else the process and the machine do meanwhile (the JIT, the
     * garbage collector, other load) falls on both alike. The scratch nodes are removed after (untimed).
     */
    public Seconds seconds(List<Rows> articles) {
        long merge = 0;
        long raw = 0;
        for (Rows r : articles) {
            long t0 = System.nanoTime();
            merge(r.rows);
            long t1 = System.nanoTime();
            raw(r.raw);
            merge += t1 - t0;
            raw += System.nanoTime() - t1;
        }
        clear();
        return new Seconds(merge / 1e9, raw / 1e9);
    }

    /** One article's real write, in a transaction of its own as ingest does. */
    private void merge(WriteRows rows) {
        try (Session session = driver.session(sessionConfig)) {
            session.executeWrite(tx -> rows.merge(tx, cypher));
        }
    }

    /** The same article's rows stored raw, in a transaction of their own. */
    private void raw(Map<String, List<Map<String, Object>>> rows) {
        try (Session session = rawDriver.session(rawSessionConfig)) {
            session.executeWrite(tx -> WriteRows.createRaw(tx, cypher, rows));
        }
    }

    /** Deletes the scratch nodes; returns how many there were. */
    public int clear() {
        try (Session session = rawDriver.session(rawSessionConfig)) {
            return session.run(cypher.get("bench/clear-rows")).consume().counters().nodesDeleted();
        }
    }
}
