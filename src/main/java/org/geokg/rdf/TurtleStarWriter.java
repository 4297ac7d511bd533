package org.geokg.rdf;

import java.io.OutputStream;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Streams Turtle or TriG, one block per run of statements with the same subject (and graph), holding nothing but
 * the current block's subject. A reifier ({@code _:r rdf:reifies <<( s p o )>>}) followed by its own statements is
 * written in the plain RDF-star form {@code << s p o >> gk:fact f .}: RDF-star parsers read that as a quoted
 * triple, RDF 1.2 parsers (Jena 5.6, N3.js 2) as the same reifier, where Jena's writer would print
 * {@code _:b rdf:reifies <<( s p o )>>}, which RDF-star-only parsers reject.
 */
final class TurtleStarWriter implements StreamRDF {
    private static final String INDENT = "    ";

    private final AWriter out;
    private final boolean trig;
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final NodeFormatter format = new NodeFormatterTTL(null, prefixes);
    private Node graph;
    private Node subject;
    private Node predicate;
    private Node pendingReifier;
    private Node pendingTerm;

    TurtleStarWriter(OutputStream out, boolean trig) {
        this.out = IO.wrapUTF8(out);
        this.trig = trig;
    }

    @Override
    public void start() {
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
        closeGraph();
        prefixes.add(prefix, iri);
        out.write("@prefix " + prefix + ": <" + iri + "> .\n");
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        switchGraph(trig && !quad.isDefaultGraph() ? quad.getGraph() : Quad.defaultGraphIRI);
        Node s = quad.getSubject();
        if (s.isBlank() && quad.getPredicate().equals(RDF.reifies.asNode()) && quad.getObject().isTripleTerm()) {
            closeSubject();
            flushPending();
            pendingReifier = s;
            pendingTerm = quad.getObject();
            return;
        }
        if (s.equals(subject) && quad.getPredicate().equals(predicate)) {
            out.write(" , ");
        } else {
            if (s.equals(subject)) {
                out.write(" ;\n" + indent() + INDENT);
            } else {
                closeSubject();
                startSubject(s);
            }
            predicate = quad.getPredicate();
            writePredicate(predicate);
            out.write(" ");
        }
        format.format(out, quad.getObject());
    }

    @Override
    public void finish() {
        closeGraph();
        out.flush();
    }

    private void startSubject(Node s) {
        out.write(indent());
        if (s.equals(pendingReifier)) {
            Triple t = pendingTerm.getTriple();
            out.write("<< ");
            format.format(out, t.getSubject());
            out.write(" ");
            format.format(out, t.getPredicate());
            out.write(" ");
            format.format(out, t.getObject());
            out.write(" >>");
            pendingReifier = null;
        } else {
            flushPending();
            format.format(out, s);
        }
        out.write(" ");
        subject = s;
    }

    private void writePredicate(Node p) {
        if (p.equals(RDF.type.asNode())) {
            out.write("a");
        } else {
            format.format(out, p);
        }
    }

    /** A reifier with no statements of its own: written as the plain RDF 1.2 statement it is. */
    private void flushPending() {
        if (pendingReifier != null) {
            out.write(indent());
            format.format(out, pendingReifier);
            out.write(" ");
            format.format(out, RDF.reifies.asNode());
            out.write(" ");
            format.format(out, pendingTerm);
            out.write(" .\n");
            pendingReifier = null;
        }
    }

    private void closeSubject() {
        if (subject != null) {
            out.write(" .\n");
            subject = null;
            predicate = null;
        }
    }

    private void switchGraph(Node g) {
        if (g.equals(graph)) {
            return;
        }
        closeGraph();
        graph = g;
        if (!Quad.isDefaultGraph(g)) {
            out.write("\n");
            format.format(out, g);
            out.write(" {\n");
        }
    }

    private void closeGraph() {
        closeSubject();
        flushPending();
        if (graph != null && !Quad.isDefaultGraph(graph)) {
            out.write("}\n");
        }
        graph = null;
    }

    private String indent() {
        return graph != null && !Quad.isDefaultGraph(graph) ? "  " : "";
    }
}
