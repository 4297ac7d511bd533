package org.geokg.rdf;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * Streams JSON-LD: an inline {@code @context} of the export's prefixes (nothing to fetch), then a {@code @graph}
 * with one node object per run of triples with the same subject. A subject met again later gets another node object
 * with the same {@code @id}, which JSON-LD merges, so only the current subject's triples are held. Triple terms have
 * no JSON-LD form and are refused.
 */
final class JsonLdStreamWriter extends SubjectGroupingWriter {
    private final JsonGenerator json;
    private final Map<Node, List<Node>> properties = new LinkedHashMap<>();

    JsonLdStreamWriter(OutputStream out) {
        super("JSON-LD");
        try {
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void startDocument() throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("@context");
        for (Map.Entry<String, String> p : prefixes().entrySet()) {
            json.writeStringField(p.getKey(), p.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("@graph");
    }

    @Override
    void startNode(Node subject) {
        properties.clear();
    }

    @Override
    void statement(Node predicate, Node object) {
        properties.computeIfAbsent(predicate, p -> new ArrayList<>()).add(object);
    }

    @Override
    void endNode(Node subject) throws IOException {
        json.writeStartObject();
        json.writeStringField("@id", id(subject));
        List<Node> types = properties.remove(RDF.type.asNode());
        if (types != null) {
            json.writeArrayFieldStart("@type");
            for (Node t : types) {
                json.writeString(compact(t.getURI()));
            }
            json.writeEndArray();
        }
        for (Map.Entry<Node, List<Node>> p : properties.entrySet()) {
            json.writeArrayFieldStart(compact(p.getKey().getURI()));
            for (Node value : p.getValue()) {
                value(value);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        properties.clear();
    }

    @Override
    void endDocument() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private void value(Node v) throws IOException {
        json.writeStartObject();
        if (v.isURI() || v.isBlank()) {
            json.writeStringField("@id", id(v));
        } else if (v.isLiteral()) {
            json.writeStringField("@value", v.getLiteralLexicalForm());
            String lang = v.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(v.getLiteralDatatypeURI())) {
                json.writeStringField("@type", compact(v.getLiteralDatatypeURI()));
            }
        } else {
            throw new IllegalArgumentException("JSON-LD cannot carry " + v + " (a triple term)");
        }
        json.writeEndObject();
    }

    private static String id(Node n) {
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9_-]", "_");
        }
        if (n.isURI()) {
            return n.getURI();
        }
        throw new IllegalArgumentException("JSON-LD cannot use " + n + " as a node");
    }

    /** prefix:local when a declared namespace covers the IRI; JSON-LD expands it back through the context. */
    private String compact(String iri) {
        for (Map.Entry<String, String> p : prefixes().entrySet()) {
            String local = iri.startsWith(p.getValue()) ? iri.substring(p.getValue().length()) : null;
            if (local != null && !local.isEmpty() && !local.startsWith("//")) {
                return p.getKey() + ":" + local;
            }
        }
        return iri;
    }
}
