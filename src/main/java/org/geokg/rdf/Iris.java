package org.geokg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every IRI of the export, in one place, from canonical ids (never database-internal ids), so IRIs are the
 * same across runs and databases. Instance IRIs live under a configurable base.
 */
public final class Iris {
    public static final String GK = "https://w3id.org/geokg/ontology#";
    public static final String PLOVER = "https://w3id.org/geokg/plover#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** The named graph of the SPARQL store that records which state of the graph it holds (never exported). */
    public static final String SYNC_GRAPH = "urn:x-geokg:sync";
    public static final String SYNC_MARKER = "urn:x-geokg:marker";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** "country:MEX" -> {base}actor/country/MEX; "gov:USA:state-department" -> {base}actor/gov/USA/state-department. */
    public Node actor(String id) {
        StringBuilder path = new StringBuilder("actor");
        for (String part : id.split(":")) {
            path.append('/').append(encode(part));
        }
        return NodeFactory.createURI(base + path);
    }

    public Node fact(String id) {
        return NodeFactory.createURI(base + "fact/" + encode(id));
    }

    public Node article(String id) {
        return NodeFactory.createURI(base + "article/" + encode(id));
    }

    /** One named graph per article in quad formats: what that article reports. */
    public Node articleGraph(String id) {
        return NodeFactory.createURI(base + "graph/article/" + encode(id));
    }

    /**
     * The reifier of a fact's direct triple in its RDF-star annotation: a blank node (what Turtle's
     * {@code << s p o >>} denotes) labelled from the fact id, so N-Triples output is the same on every run. In
     * quad formats each graph gets its own, as TriG's {@code << >>} in each graph block gives.
     */
    public static Node reifier(String factId, String graph) {
        String label = "r" + factId + (graph == null ? "" : "g" + org.geokg.model.Ids.hash(graph));
        return NodeFactory.createBlankNode(label);
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(GK + localName);
    }

    public static Node schema(String localName) {
        return NodeFactory.createURI(SCHEMA + localName);
    }

    public static Node prov(String localName) {
        return NodeFactory.createURI(PROV + localName);
    }

    public static Node ploverConcept(String type) {
        return NodeFactory.createURI(PLOVER + type);
    }

    /** The fact class of a PLOVER type: REJECT -> gk:Reject. */
    public static Node ploverClass(String type) {
        return term(type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT));
    }

    /** The direct actor-to-actor property of a PLOVER type: REJECT -> gk:reject. */
    public static Node ploverProperty(String type) {
        return term(type.toLowerCase(Locale.ROOT));
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI(WD + qid);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
