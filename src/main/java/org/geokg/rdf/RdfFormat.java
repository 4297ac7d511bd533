package org.geokg.rdf;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Export formats, by the names users type. Each streams: N-Triples and N-Quads through Jena's writers, the others
 * through writers of our own (Jena's Turtle and TriG writers print annotations in RDF 1.2 syntax only, and its
 * JSON-LD and RDF/XML writers need the whole graph in memory). JSON-LD and RDF/XML cannot carry triple terms, so
 * they leave out the RDF-star annotations; the n-ary facts carry the same link.
 */
public enum RdfFormat {
    TTL(Lang.TURTLE, false, true),
    TRIG(Lang.TRIG, true, true),
    NT(Lang.NTRIPLES, false, true),
    NQ(Lang.NQUADS, true, true),
    JSONLD(Lang.JSONLD, false, false),
    RDFXML(Lang.RDFXML, false, false);

    private final Lang lang;
    private final boolean quads;
    private final boolean annotations;

    RdfFormat(Lang lang, boolean quads, boolean annotations) {
        this.lang = lang;
        this.quads = quads;
        this.annotations = annotations;
    }

    /** The Jena language of the output, for readers. */
    public Lang lang() {
        return lang;
    }

    /** Whether facts go to one named graph per reporting article (TriG, N-Quads). */
    public boolean quads() {
        return quads;
    }

    /** Whether direct triples carry their RDF-star {@code gk:fact} annotation. */
    public boolean annotations() {
        return annotations;
    }

    StreamRDF writer(OutputStream out) {
        return switch (this) {
            case TTL -> new TurtleStarWriter(out, false);
            case TRIG -> new TurtleStarWriter(out, true);
            case NT -> StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            case NQ -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case JSONLD -> new JsonLdStreamWriter(out);
            case RDFXML -> new RdfXmlStreamWriter(out);
        };
    }

    public static RdfFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("/", "");
        return switch (n) {
            case "ttl", "turtle" -> TTL;
            case "trig" -> TRIG;
            case "nt", "ntriples" -> NT;
            case "nq", "nquads" -> NQ;
            case "jsonld" -> JSONLD;
            case "rdfxml", "rdf", "xml" -> RDFXML;
            default -> throw new IllegalArgumentException(
                    "unknown RDF format '" + name + "' (use ttl, trig, nt, nq, jsonld or rdfxml)");
        };
    }
}
