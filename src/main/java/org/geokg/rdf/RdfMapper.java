package org.geokg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Maps one row of the export queries to RDF statements, following {@code ontology/geokg.ttl}, buffering one record
 * (an actor, an article, a fact) at most. In quad formats actors and articles go to the default graph and each fact
 * to the named graph of every article reporting it. Alignments a consumer without a reasoner would miss are stated
 * too: schema.org classes of actors and articles, PROV-O derivation and attribution of facts.
 */
final class RdfMapper {
    private static final Node ALT_LABEL = NodeFactory.createURI(Iris.SKOS + "altLabel");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node FACT = Iris.term("Fact");
    private static final Node FACT_ID = Iris.term("factId");
    private static final Node SUBJECT = Iris.term("subject");
    private static final Node OBJECT = Iris.term("object");
    private static final Node PLOVER_TYPE = Iris.term("ploverType");
    private static final Node PREDICATE = Iris.term("predicate");
    private static final Node DATE = Iris.term("date");
    private static final Node EVIDENCE = Iris.term("evidence");
    private static final Node QUOTE = Iris.term("quote");
    private static final Node NEGATED = Iris.term("negated");
    private static final Node MODALITY = Iris.term("modality");
    private static final Node CONFIDENCE = Iris.term("confidence");
    private static final Node SPEAKER = Iris.term("speaker");
    private static final Node REPORTED_IN = Iris.term("reportedIn");
    private static final Node ANNOTATED_FACT = Iris.term("fact");
    private static final Node ATTRIBUTED_TO = Iris.prov("wasAttributedTo");
    private static final Node DERIVED_FROM = Iris.prov("wasDerivedFrom");
    private static final Map<String, String> SCHEMA_CLASS = Map.of("Country", "Country", "Person", "Person",
            "Location", "Place", "Organization", "Organization", "CriminalOrganization", "Organization",
            "GovernmentBody", "Organization", "MilitaryForce", "Organization",
            "InternationalOrganization", "Organization");

    private final Iris iris;
    private final NodeCache nodes;
    private final StreamRDF out;
    private final boolean quads;
    private final boolean annotations;
    /** The last direct triple written and the graphs it went to: the rows of one relationship come together. */
    private Triple lastDirect;
    private final Set<Node> lastDirectGraphs = new HashSet<>();

    RdfMapper(Iris iris, StreamRDF out, boolean quads, boolean annotations) {
        this.iris = iris;
        this.nodes = new NodeCache(iris);
        this.out = out;
        this.quads = quads;
        this.annotations = annotations;
    }

    void actor(Map<String, Object> row) {
        String id = str(row, "id");
        Node a = iris.actor(id);
        List<Triple> t = new ArrayList<>();
        add(t, a, RDF.type.asNode(), Iris.term("Actor"));
        String type = str(row, "type");
        if (type != null && SCHEMA_CLASS.containsKey(type)) {
            add(t, a, RDF.type.asNode(), Iris.term(type));
            add(t, a, RDF.type.asNode(), Iris.schema(SCHEMA_CLASS.get(type)));
        }
        add(t, a, Iris.term("actorId"), literal(id));
        // An actor created only as a speaker may lack a name; its id still labels it.
        String name = str(row, "name") == null ? id : str(row, "name");
        add(t, a, RDFS.label.asNode(), literal(name));
        add(t, a, Iris.schema("name"), literal(name));
        for (Object alias : (List<?>) row.get("aliases")) {
            add(t, a, ALT_LABEL, literal(alias.toString()));
        }
        optional(t, a, Iris.term("sector"), str(row, "sector"));
        optional(t, a, Iris.term("role"), str(row, "role"));
        links(t, a, row);
        emit(Quad.defaultGraphIRI, t);
    }

    /** An actor's country (code, and its actor when described) and its Wikidata item. */
    private void links(List<Triple> t, Node a, Map<String, Object> row) {
        optional(t, a, Iris.term("iso3"), str(row, "country"));
        if (str(row, "countryActor") != null) {
            add(t, a, Iris.term("country"), iris.actor(str(row, "countryActor")));
        }
        String qid = str(row, "wikidata");
        if (qid != null) {
            add(t, a, Iris.term("wikidata"), literal(qid));
            add(t, a, OWL.sameAs.asNode(), Iris.wikidata(qid));
        }
    }

    void article(Map<String, Object> row) {
        Node a = iris.article(str(row, "id"));
        List<Triple> t = new ArrayList<>();
        add(t, a, RDF.type.asNode(), Iris.term("Article"));
        add(t, a, RDF.type.asNode(), Iris.schema("NewsArticle"));
        add(t, a, Iris.term("articleId"), literal(str(row, "id")));
        if (str(row, "title") != null) {
            add(t, a, Iris.schema("headline"), literal(str(row, "title")));
        }
        typed(t, a, Iris.schema("datePublished"), str(row, "published"), XSDDatatype.XSDdate);
        optional(t, a, Iris.term("source"), str(row, "source"));
        typed(t, a, Iris.schema("url"), str(row, "url"), XSDDatatype.XSDanyURI);
        optional(t, a, Iris.term("contentHash"), str(row, "contentHash"));
        emit(Quad.defaultGraphIRI, t);
    }

    void fact(Map<String, Object> row) {
        Node f = iris.fact(str(row, "id"));
        Node s = nodes.actor(str(row, "subject"));
        Node o = nodes.actor(str(row, "object"));
        List<?> articles = (List<?>) row.get("articles");
        List<Triple> t = factTriples(row, f, s, o, articles);
        for (Node g : graphs(articles)) {
            emit(g, t);
        }
    }

    /**
     * One fact behind a direct relationship of Neo4j (a row of export-relations): the direct triple, once per graph
     * however many facts back it, and the fact's RDF-star annotation of it.
     */
    void relation(Map<String, Object> row) {
        Triple direct = directOf(row);
        String factId = str(row, "fact");
        for (Node g : graphs((List<?>) row.get("articles"))) {
            directTriple(g, direct, iris.fact(factId), factId);
        }
    }

    /**
     * A direct relationship of Neo4j with the ids of all the facts behind it (a row of export-direct, triple formats
     * only): the direct triple once and each fact's RDF-star annotation of it.
     */
    void direct(Map<String, Object> row) {
        Triple direct = directOf(row);
        for (Object factId : (List<?>) row.get("facts")) {
            directTriple(Quad.defaultGraphIRI, direct, iris.fact(factId.toString()), factId.toString());
        }
    }

    /** The direct actor-to-actor triple of a relationship row (subject, plover, object). */
    private Triple directOf(Map<String, Object> row) {
        return Triple.create(nodes.actor(str(row, "subject")), Iris.ploverProperty(str(row, "plover")),
                nodes.actor(str(row, "object")));
    }

    /** Where a fact's statements go: the default graph, or in quad formats each reporting article's graph. */
    private List<Node> graphs(List<?> articles) {
        return quads ? articles.stream().map(a -> iris.articleGraph(a.toString())).toList()
                : List.of(Quad.defaultGraphIRI);
    }

    /** The fact as a resource (the n-ary pattern): what, who to whom, when, on what evidence, from where. */
    private List<Triple> factTriples(Map<String, Object> row, Node f, Node s, Node o, List<?> articles) {
        List<Triple> t = new ArrayList<>(24);
        String type = str(row, "plover");
        add(t, f, TYPE, FACT);
        add(t, f, TYPE, Iris.ploverClass(type));
        add(t, f, FACT_ID, literal(str(row, "id")));
        add(t, f, SUBJECT, s);
        add(t, f, OBJECT, o);
        add(t, f, PLOVER_TYPE, Iris.ploverConcept(type));
        optional(t, f, PREDICATE, str(row, "predicate"));
        typed(t, f, DATE, str(row, "date"), XSDDatatype.XSDdate);
        optional(t, f, EVIDENCE, str(row, "evidence"));
        optional(t, f, QUOTE, str(row, "quote"));
        provenance(t, f, str(row, "speaker"), articles);
        typed(t, f, NEGATED, Boolean.toString(Boolean.TRUE.equals(row.get("negated"))), XSDDatatype.XSDboolean);
        optional(t, f, MODALITY, str(row, "modality"));
        if (row.get("confidence") instanceof Number c) {
            typed(t, f, CONFIDENCE, decimal(c.doubleValue()), XSDDatatype.XSDdecimal);
        }
        return t;
    }

    /** Who said it and where it was read, with the PROV-O properties those specialise. */
    private void provenance(List<Triple> t, Node f, String speakerId, List<?> articles) {
        if (speakerId != null) {
            Node speaker = nodes.actor(speakerId);
            add(t, f, SPEAKER, speaker);
            add(t, f, ATTRIBUTED_TO, speaker);
        }
        for (Object a : articles) {
            Node article = nodes.article(a.toString());
            add(t, f, REPORTED_IN, article);
            add(t, f, DERIVED_FROM, article);
        }
    }

    /**
     * The direct triple, unless already written to this graph (rows of one relationship come together), and its
     * annotation naming this fact: {@code _:r rdf:reifies <<( s p o )>> . _:r gk:fact f}, which is what Turtle's
     * {@code << s p o >> gk:fact f} means in RDF 1.2.
     */
    private void directTriple(Node graph, Triple direct, Node fact, String factId) {
        if (!direct.equals(lastDirect)) {
            lastDirect = direct;
            lastDirectGraphs.clear();
        }
        if (lastDirectGraphs.add(graph)) {
            emit(graph, List.of(direct));
        }
        if (annotations) {
            Node r = Iris.reifier(factId, Quad.isDefaultGraph(graph) ? null : graph.getURI());
            emit(graph, List.of(Triple.create(r, RDF.reifies.asNode(), NodeFactory.createTripleTerm(direct)),
                    Triple.create(r, ANNOTATED_FACT, fact)));
        }
    }

    private void emit(Node graph, List<Triple> triples) {
        for (Triple t : triples) {
            if (quads) {
                out.quad(Quad.create(graph, t));
            } else {
                out.triple(t);
            }
        }
    }

    private static void add(List<Triple> triples, Node s, Node p, Node o) {
        triples.add(Triple.create(s, p, o));
    }

    private static void optional(List<Triple> triples, Node s, Node property, String value) {
        if (value != null) {
            add(triples, s, property, literal(value));
        }
    }

    private void typed(List<Triple> triples, Node s, Node p, String value, XSDDatatype type) {
        if (value != null) {
            add(triples, s, p, nodes.typed(value, type));
        }
    }

    /**
     * A confidence as an xsd:decimal with the fewest digits that give back the same double ("0.81"): exact, and
     * every format reads it back as the very same literal (JSON-LD processors rewrite xsd:double values to 16
     * digits, "8.100000000000001E-1", so a double would not survive a JSON-LD round trip unchanged).
     */
    static String decimal(double d) {
        String plain = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    private static Node literal(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static String str(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }
}
