package org.geokg.rdf;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** Export formats, by the names users type. */
public enum RdfFormat {
    TTL(RDFFormat.TURTLE_BLOCKS, false),
    NT(RDFFormat.NTRIPLES, false),
    NQ(RDFFormat.NQUADS, true),
    TRIG(RDFFormat.TRIG_BLOCKS, true);

    private final RDFFormat jena;
    private final boolean quads;

    RdfFormat(RDFFormat jena, boolean quads) {
        this.jena = jena;
        this.quads = quads;
    }

    RDFFormat jena() {
        return jena;
    }

    boolean quads() {
        return quads;
    }

    public static RdfFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown RDF format '" + name + "' (use ttl, nt, nq or trig)");
        }
    }
}
