package org.geokg.rdf;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Maps one row of the export queries to RDF statements, following {@code ontology/geokg.ttl}. In quad formats
 * actors and articles go to the default graph and each fact to the named graph of every article reporting it.
 */
final class RdfMapper {
    private static final Node ALT_LABEL = NodeFactory.createURI(Iris.SKOS + "altLabel");

    private final Iris iris;
    private final StreamRDF out;
    private final boolean quads;

    RdfMapper(Iris iris, StreamRDF out, boolean quads) {
        this.iris = iris;
        this.out = out;
        this.quads = quads;
    }

    void actor(Map<String, Object> row) {
        Node a = iris.actor(str(row, "id"));
        List<Node> g = defaultGraph();
        emit(g, a, RDF.type.asNode(), Iris.term("Actor"));
        emit(g, a, RDF.type.asNode(), Iris.term(str(row, "type")));
        emit(g, a, Iris.term("actorId"), literal(str(row, "id")));
        emit(g, a, RDFS.label.asNode(), literal(str(row, "name")));
        emit(g, a, Iris.schema("name"), literal(str(row, "name")));
        for (Object alias : (List<?>) row.get("aliases")) {
            emit(g, a, ALT_LABEL, literal(alias.toString()));
        }
        String country = str(row, "country");
        if (country != null) {
            emit(g, a, Iris.term("iso3"), literal(country));
            emit(g, a, Iris.term("country"), iris.actor("country:" + country));
        }
        optional(g, a, "sector", str(row, "sector"));
        optional(g, a, "role", str(row, "role"));
        String qid = str(row, "wikidata");
        if (qid != null) {
            emit(g, a, Iris.term("wikidata"), literal(qid));
            emit(g, a, OWL.sameAs.asNode(), Iris.wikidata(qid));
        }
    }

    void article(Map<String, Object> row) {
        Node a = iris.article(str(row, "id"));
        List<Node> g = defaultGraph();
        emit(g, a, RDF.type.asNode(), Iris.term("Article"));
        emit(g, a, Iris.term("articleId"), literal(str(row, "id")));
        emit(g, a, Iris.schema("headline"), literal(str(row, "title")));
        String published = str(row, "published");
        if (published != null) {
            emit(g, a, Iris.schema("datePublished"), NodeFactory.createLiteralDT(published, XSDDatatype.XSDdate));
        }
        optional(g, a, "source", str(row, "source"));
        String url = str(row, "url");
        if (url != null) {
            emit(g, a, Iris.schema("url"), NodeFactory.createLiteralDT(url, XSDDatatype.XSDanyURI));
        }
        optional(g, a, "contentHash", str(row, "contentHash"));
    }

    void fact(Map<String, Object> row) {
        String type = str(row, "plover");
        Node f = iris.fact(str(row, "id"));
        Node s = iris.actor(str(row, "subject"));
        Node o = iris.actor(str(row, "object"));
        List<?> articles = (List<?>) row.get("articles");
        List<Node> g = quads ? articles.stream().map(a -> iris.articleGraph(a.toString())).toList() : defaultGraph();
        emit(g, f, RDF.type.asNode(), Iris.term("Fact"));
        emit(g, f, RDF.type.asNode(), Iris.ploverClass(type));
        emit(g, f, Iris.term("factId"), literal(str(row, "id")));
        emit(g, f, Iris.term("subject"), s);
        emit(g, f, Iris.term("object"), o);
        emit(g, f, Iris.term("ploverType"), Iris.ploverConcept(type));
        emit(g, f, Iris.term("predicate"), literal(str(row, "predicate")));
        String date = str(row, "date");
        if (date != null) {
            emit(g, f, Iris.term("date"), NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        }
        emit(g, f, Iris.term("evidence"), literal(str(row, "evidence")));
        optional(g, f, "quote", str(row, "quote"));
        if (str(row, "speaker") != null) {
            emit(g, f, Iris.term("speaker"), iris.actor(str(row, "speaker")));
        }
        for (Object a : articles) {
            emit(g, f, Iris.term("reportedIn"), iris.article(a.toString()));
        }
        boolean negated = Boolean.TRUE.equals(row.get("negated"));
        emit(g, f, Iris.term("negated"), NodeFactory.createLiteralDT(Boolean.toString(negated), XSDDatatype.XSDboolean));
        emit(g, f, Iris.term("modality"), literal(str(row, "modality")));
        emit(g, f, Iris.term("confidence"), NodeFactory.createLiteralDT(
                Double.toString(((Number) row.get("confidence")).doubleValue()), XSDDatatype.XSDdouble));
        if (!negated && !"hypothetical".equals(str(row, "modality"))) {
            emit(g, s, Iris.ploverProperty(type), o);
        }
    }

    private void optional(List<Node> graphs, Node s, String property, String value) {
        if (value != null) {
            emit(graphs, s, Iris.term(property), literal(value));
        }
    }

    private void emit(List<Node> graphs, Node s, Node p, Node o) {
        if (!quads) {
            out.triple(Triple.create(s, p, o));
            return;
        }
        for (Node g : graphs) {
            out.quad(Quad.create(g, s, p, o));
        }
    }

    private List<Node> defaultGraph() {
        return List.of(Quad.defaultGraphIRI);
    }

    private static Node literal(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static String str(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }
}
