package org.geokg.rdf;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.geokg.graph.GraphStore;

/**
 * Streams the graph as RDF: each record read from Neo4j becomes triples written at once, so memory does not grow
 * with the graph. Facts are resources (n-ary: subject, object, type, evidence, provenance) and, when asserted,
 * also a direct actor-to-actor triple.
 */
public final class RdfExporter {
    private final GraphStore store;
    private final Iris iris;

    public RdfExporter(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Writes everything and returns the number of triples (or quads) written. */
    public long export(RdfFormat format, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.jena());
        CountingStream counting = new CountingStream(writer);
        RdfMapper mapper = new RdfMapper(iris, counting, format.quads());
        counting.start();
        Prefixes.declare(counting, iris);
        store.stream("read/export-actors", Map.of(), mapper::actor);
        store.stream("read/export-articles", Map.of(), mapper::article);
        store.stream("read/export-facts", Map.of(), mapper::fact);
        counting.finish();
        return counting.count();
    }

    /** Counts what passes through, so the export can report its size and tests can compare counts. */
    static final class CountingStream extends org.apache.jena.riot.system.StreamRDFWrapper {
        private long count;

        CountingStream(StreamRDF other) {
            super(other);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            count++;
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            count++;
            super.quad(quad);
        }

        long count() {
            return count;
        }
    }

}
