package org.geokg.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * The skeleton of the streaming writers for single-graph formats that nest statements under their subject
 * (JSON-LD, RDF/XML): prefixes are gathered until the first statement, which opens the document; each run of
 * triples with the same subject becomes one node (a subject met again later gets another, which both formats
 * merge), so only the current subject is held. Subclasses write the document, node and statement parts.
 */
abstract class SubjectGroupingWriter implements StreamRDF {
    /** A part of the document, written with the format library (whose exceptions are checked). */
    interface Part {
        void write() throws Exception;
    }

    private final String format;
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private boolean started;
    private Node subject;

    SubjectGroupingWriter(String format) {
        this.format = format;
    }

    /** The prefixes declared so far, in order (fixed once the document has started). */
    final Map<String, String> prefixes() {
        return prefixes;
    }

    /** Whether a declared prefix is kept for the document (some names are the format's own). */
    boolean keepsPrefix(String prefix) {
        return true;
    }

    abstract void startDocument() throws Exception;

    abstract void startNode(Node subject) throws Exception;

    abstract void statement(Node predicate, Node object) throws Exception;

    abstract void endNode(Node subject) throws Exception;

    abstract void endDocument() throws Exception;

    /** Runs a part, turning the format library's checked exceptions into unchecked ones. */
    private void write(Part part) {
        try {
            part.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + format + ": " + e.getMessage(), e);
        }
    }

    @Override
    public final void start() {
    }

    @Override
    public final void base(String base) {
    }

    @Override
    public final void prefix(String prefix, String iri) {
        if (keepsPrefix(prefix)) {
            prefixes.put(prefix, iri);
        }
    }

    @Override
    public final void quad(Quad quad) {
        if (!quad.isDefaultGraph()) {
            throw new IllegalArgumentException("the " + format + " export holds one graph, not named graphs");
        }
        triple(quad.asTriple());
    }

    @Override
    public final void triple(Triple triple) {
        write(() -> {
            documentStarted();
            if (!triple.getSubject().equals(subject)) {
                nodeEnded();
                subject = triple.getSubject();
                startNode(subject);
            }
            statement(triple.getPredicate(), triple.getObject());
        });
    }

    @Override
    public final void finish() {
        write(() -> {
            documentStarted();
            nodeEnded();
            endDocument();
        });
    }

    private void documentStarted() throws Exception {
        if (!started) {
            started = true;
            startDocument();
        }
    }

    private void nodeEnded() throws Exception {
        if (subject != null) {
            endNode(subject);
            subject = null;
        }
    }
}
