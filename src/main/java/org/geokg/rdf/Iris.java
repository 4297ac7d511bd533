package org.geokg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geokg.model.Plover;

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

    private static final Map<String, Node> TERMS = new ConcurrentHashMap<>();
    /** Every fact names its type three ways; the sixteen types' nodes are made once. */
    private static final Map<String, Node> PLOVER_CLASSES = plover(Iris::mintClass);
    private static final Map<String, Node> PLOVER_PROPERTIES = plover(Iris::mintProperty);
    private static final Map<String, Node> PLOVER_CONCEPTS = plover(Iris::mintConcept);

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** "country:MEX" -> {base}actor/country/MEX; "gov:USA:state-department" -> {base}actor/gov/USA/state-department. */
    public Node actor(String id) {
        StringBuilder iri = new StringBuilder(base.length() + id.length() + 8).append(base).append("actor");
        int start = 0;
        for (int colon = id.indexOf(':'); colon >= 0; colon = id.indexOf(':', start)) {
            iri.append('/').append(encode(id.substring(start, colon)));
            start = colon + 1;
        }
        return NodeFactory.createURI(iri.append('/').append(encode(id.substring(start))).toString());
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

    /** Vocabulary terms are few and used in every statement: each is made once. */
    public static Node term(String localName) {
        return TERMS.computeIfAbsent(localName, n -> NodeFactory.createURI(GK + n));
    }

    public static Node schema(String localName) {
        return NodeFactory.createURI(SCHEMA + localName);
    }

    public static Node prov(String localName) {
        return NodeFactory.createURI(PROV + localName);
    }

    public static Node ploverConcept(String type) {
        Node known = PLOVER_CONCEPTS.get(type);
        return known != null ? known : mintConcept(type);
    }

    /** The fact class of a PLOVER type: REJECT -> gk:Reject. */
    public static Node ploverClass(String type) {
        Node known = PLOVER_CLASSES.get(type);
        return known != null ? known : mintClass(type);
    }

    /** The direct actor-to-actor property of a PLOVER type: REJECT -> gk:reject. */
    public static Node ploverProperty(String type) {
        Node known = PLOVER_PROPERTIES.get(type);
        return known != null ? known : mintProperty(type);
    }

    private static Node mintConcept(String type) {
        return NodeFactory.createURI(PLOVER + type);
    }

    private static Node mintClass(String type) {
        return term(type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT));
    }

    private static Node mintProperty(String type) {
        return term(type.toLowerCase(Locale.ROOT));
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI(WD + qid);
    }

    /** One node per PLOVER type name. */
    private static Map<String, Node> plover(Function<String, Node> node) {
        return Arrays.stream(Plover.values()).map(Plover::name).collect(Collectors.toUnmodifiableMap(t -> t, node));
    }

    /** Percent-encodes a path segment; ids are nearly always plain already, and then are returned as they are. */
    private static String encode(String part) {
        for (int i = 0; i < part.length(); i++) {
            if (!plain(part.charAt(i))) {
                return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
            }
        }
        return part;
    }

    /** The characters {@link URLEncoder} leaves as they are. */
    private static boolean plain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c == '.' || c == '*';
    }
}
