package org.geokg.sparql;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateFactory;
import org.geokg.graph.GraphStore;
import org.geokg.rdf.Iris;

/**
 * SPARQL over the current graph: an in-process Jena TDB2 dataset under the data directory holding the RDF export
 * (all facts in the default graph, with the ontology so the PLOVER quad classes can be followed). It records which
 * state of the Neo4j graph it holds and is rebuilt from the export before a query when the graph has changed since.
 * Queries are read-only (SPARQL Update is refused) and stop at a time limit.
 */
public final class SparqlStore implements AutoCloseable {
    /** The folder of the dataset under the data directory. */
    public static final String DIR = "rdf-tdb2";

    /** Why a query was not answered; the message says it in one line. */
    public static final class QueryException extends IllegalArgumentException {
        public enum Reason { BAD_QUERY, UPDATE, SERVICE, TIMEOUT, FORMAT, UNAVAILABLE }

        private final Reason reason;

        QueryException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** A parsed query, ready to run. */
    public static final class Prepared {
        private final Query query;

        private Prepared(Query query) {
            this.query = query;
        }

        /** True for CONSTRUCT and DESCRIBE, whose result is a graph. */
        public boolean graphResult() {
            return query.isConstructType() || query.isDescribeType();
        }
    }

    private final DatasetGraph dsg;
    private final Dataset dataset;
    private final StoreSync sync;
    private final Duration timeout;

    private SparqlStore(DatasetGraph dsg, StoreSync sync, Duration timeout) {
        this.dsg = dsg;
        this.dataset = DatasetFactory.wrap(dsg);
        this.sync = sync;
        this.timeout = timeout;
    }

    /** Opens (creating if needed) the dataset under {@code dataDir}; it is filled on the first refresh. */
    public static SparqlStore open(Path dataDir, GraphStore store, String baseIri, Duration timeout) {
        Path dir = dataDir.resolve(DIR);
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            throw new QueryException(QueryException.Reason.UNAVAILABLE, "cannot open the SPARQL store " + dir + " ("
                    + e.getMessage() + "); if another geokg process (serve) uses it, query its /sparql endpoint");
        }
        return new SparqlStore(dsg, new StoreSync(dsg, store, new Iris(baseIri)), timeout);
    }

    /** Rebuilds the dataset from the graph if it is missing or stale; returns the statements loaded, or -1. */
    public synchronized long refresh() {
        return sync.refreshIfStale();
    }

    /** Parses a query; an update, a federated SERVICE call, or anything else that is not a query, is refused. */
    public Prepared prepare(String text) {
        try {
            Query query = QueryFactory.create(text, Syntax.syntaxARQ);
            NoOutboundRequests.check(query);
            return new Prepared(query);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new QueryException(QueryException.Reason.UPDATE,
                        "SPARQL Update is not allowed: the store is read-only");
            }
            throw new QueryException(QueryException.Reason.BAD_QUERY, "bad SPARQL query: " + e.getMessage());
        }
    }

    /** Brings the dataset up to date, runs the query under the time limit and writes its result. */
    public void run(Prepared prepared, SparqlOutput output, OutputStream out) {
        if (output.graph() != prepared.graphResult()) {
            throw new QueryException(QueryException.Reason.FORMAT, output.mediaType() + " does not fit a "
                    + (prepared.graphResult() ? "graph result" : "results table"));
        }
        refresh();
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = NoOutboundRequests.configure(QueryExecution.dataset(dataset))
                        .query(prepared.query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    ResultWriter.write(qe, prepared.query, output, out);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryException(QueryException.Reason.TIMEOUT,
                    "the query ran past the time limit of " + timeout.toSeconds() + " s (GEOKG_SPARQL_TIMEOUT)");
        } catch (RuntimeException e) {
            throw refusalIn(e);
        }
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

    /** A refusal raised inside the engine reaches here wrapped; anything else goes on as it was. */
    private static RuntimeException refusalIn(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryException q) {
                return q;
            }
        }
        return e;
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
