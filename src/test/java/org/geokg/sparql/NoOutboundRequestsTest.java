package org.geokg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.geokg.testing.LoopbackListener;
import org.junit.jupiter.api.Test;

/** Both layers on their own: the check of the parsed query, and the engine settings when that check is bypassed. */
class NoOutboundRequestsTest {
    @Test
    void theParsedQueryCheckFindsServiceAnywhere() {
        for (String q : new String[] {"SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE ?x { ?s ?p ?o } } } }"}) {
            assertThatThrownBy(() -> NoOutboundRequests.check(QueryFactory.create(q))).as(q)
                    .isInstanceOf(SparqlStore.QueryException.class).hasMessageStartingWith("SERVICE is not allowed");
        }
        NoOutboundRequests.check(QueryFactory.create("SELECT * { ?s <urn:service> ?o }"));
    }

    @Test
    void theEngineOpensNoConnectionEvenWithoutTheCheck() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            for (String q : new String[] {"SELECT * { SERVICE <" + listener.url("/q") + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT <" + listener.url("/q") + "> { ?s ?p ?o } }"}) {
                Query query = QueryFactory.create(q);
                assertThatThrownBy(() -> {
                    try (QueryExecution qe = NoOutboundRequests.configure(
                            QueryExecution.dataset(DatasetFactory.create())).query(query).build()) {
                        ResultSetFormatter.consume(qe.execSelect());
                    }
                }).as(q).satisfies(e -> assertThat(rootMessage(e)).startsWith("SERVICE is not allowed"));
            }
            assertThat(listener.connections()).isZero();
        }
    }

    private static String rootMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SparqlStore.QueryException) {
                return t.getMessage();
            }
        }
        return String.valueOf(e);
    }
}
