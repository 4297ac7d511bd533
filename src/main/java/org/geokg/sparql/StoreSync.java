package org.geokg.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.geokg.graph.GraphStore;
import org.geokg.rdf.Iris;
import org.geokg.rdf.RdfExporter;

/**
 * Keeps the TDB2 dataset in step with Neo4j. The dataset stores a marker of the graph state it was built from (the
 * counts and latest ingest time that {@code read/export-marker} returns, plus the mapping version, the ontology and
 * the base IRI) in a named graph of its own; when the graph's current marker differs, the dataset is cleared and
 * reloaded from the export in one write transaction, so readers see the old or the new copy, never half of one.
 */
final class StoreSync {
    private static final String ONTOLOGY = "ontology/geokg.ttl";
    private static final Node SYNC_GRAPH = NodeFactory.createURI(Iris.SYNC_GRAPH);
    private static final Node MARKER = NodeFactory.createURI(Iris.SYNC_MARKER);

    private final DatasetGraph dsg;
    private final GraphStore store;
    private final Iris iris;
    private final byte[] ontology = ontology();

    StoreSync(DatasetGraph dsg, GraphStore store, Iris iris) {
        this.dsg = dsg;
        this.store = store;
        this.iris = iris;
    }

    /** Returns the number of statements loaded, or -1 when the dataset was current. */
    long refreshIfStale() {
        String wanted = currentMarker();
        if (wanted.equals(storedMarker())) {
            return -1;
        }
        long loaded = Txn.calculateWrite(dsg, () -> {
            dsg.clear();
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            long n = new RdfExporter(store, iris).export(RdfExporter.Filter.NONE, sink);
            RDFParser.source(new java.io.ByteArrayInputStream(ontology)).lang(Lang.TURTLE).parse(sink);
            dsg.add(SYNC_GRAPH, SYNC_GRAPH, MARKER, NodeFactory.createLiteralString(wanted));
            return n;
        });
        // Clearing leaves the old copy on disk until TDB2 compacts; do it now, as rebuilds are rare.
        DatabaseMgr.compact(dsg, true);
        return loaded;
    }

    private String storedMarker() {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(SYNC_GRAPH, SYNC_GRAPH, MARKER, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    private String currentMarker() {
        Map<String, Object> row = store.list("read/export-marker", Map.of()).get(0);
        return "mapping " + RdfExporter.MAPPING_VERSION + "; ontology " + java.util.Arrays.hashCode(ontology)
                + "; base " + iris.base() + "; articles " + row.get("articles") + "; actors " + row.get("actors")
                + "; facts " + row.get("facts") + "; reports " + row.get("reports")
                + "; last ingest " + row.get("lastIngest");
    }

    private static byte[] ontology() {
        try (InputStream in = StoreSync.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException(ONTOLOGY + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ONTOLOGY, e);
        }
    }
}
