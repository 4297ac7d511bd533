package org.geokg.sparql;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * Keeps SPARQL from reaching the network: a federated {@code SERVICE} call would let any reader of the endpoint
 * make the server connect to an address of the reader's choosing (SSRF). Two layers, both on Jena's own model of
 * the query rather than its text: a parsed query whose algebra holds a SERVICE is refused before it runs, and
 * every execution runs with HTTP services disallowed and a service registry that has no executor but one that
 * refuses, so a SERVICE the first check missed still opens no connection.
 */
final class NoOutboundRequests {
    static final String MESSAGE = "SERVICE is not allowed: this store makes no outbound requests "
            + "(federated queries are off)";

    private static final ServiceExecutorRegistry REFUSE_ALL = new ServiceExecutorRegistry()
            .addBulkLink((opService, input, execCxt, chain) -> {
                throw refusal();
            });

    private NoOutboundRequests() {
    }

    /** Throws when the query's algebra, filters included, calls a remote service. */
    static void check(Query query) {
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        if (found[0]) {
            throw refusal();
        }
    }

    /** Sets up an execution: HTTP services off, and a service registry whose one link refuses every call. */
    static QueryExecutionDatasetBuilder configure(QueryExecutionDatasetBuilder execution) {
        return execution.set(ARQ.httpServiceAllowed, false).set(ARQConstants.registryServiceExecutors, REFUSE_ALL);
    }

    private static SparqlStore.QueryException refusal() {
        return new SparqlStore.QueryException(SparqlStore.QueryException.Reason.SERVICE, MESSAGE);
    }
}
