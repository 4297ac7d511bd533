package org.geokg.rdf;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Streams RDF/XML: one {@code rdf:Description} per run of triples with the same subject (RDF/XML allows the same
 * subject again later), so only the current element is open. Namespaces are declared on {@code rdf:RDF} from the
 * export's prefixes. Triple terms have no RDF/XML form and are refused, as are characters XML 1.0 cannot hold.
 */
final class RdfXmlStreamWriter extends SubjectGroupingWriter {
    private static final String RDF = Iris.RDF;
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XMLStreamWriter xml;
    private final Map<String, String> prefixOf = new HashMap<>();

    RdfXmlStreamWriter(OutputStream out) {
        super("RDF/XML");
        try {
            this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer available", e);
        }
    }

    @Override
    boolean keepsPrefix(String prefix) {
        return !prefix.isEmpty() && !prefix.equals("rdf") && !prefix.equals("xml");
    }

    @Override
    void startDocument() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("rdf", "RDF", RDF);
        xml.writeNamespace("rdf", RDF);
        for (Map.Entry<String, String> p : prefixes().entrySet()) {
            xml.writeNamespace(p.getKey(), p.getValue());
            prefixOf.putIfAbsent(p.getValue(), p.getKey());
        }
        prefixOf.put(RDF, "rdf");
    }

    @Override
    void startNode(Node subject) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("rdf", "Description", RDF);
        reference(subject, "about");
    }

    @Override
    void statement(Node predicate, Node object) throws XMLStreamException {
        property(predicate.getURI(), object);
    }

    @Override
    void endNode(Node subject) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    @Override
    void endDocument() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private void property(String predicate, Node value) throws XMLStreamException {
        int split = localNameStart(predicate);
        String ns = predicate.substring(0, split);
        String prefix = prefixOf.get(ns);
        xml.writeCharacters("\n    ");
        if (value.isURI() || value.isBlank()) {
            xml.writeEmptyElement(prefix == null ? "ns0" : prefix, predicate.substring(split), ns);
            declareIfNew(prefix, ns);
            reference(value, "resource");
            return;
        }
        if (!value.isLiteral()) {
            throw new IllegalArgumentException("RDF/XML cannot carry " + value + " (a triple term)");
        }
        xml.writeStartElement(prefix == null ? "ns0" : prefix, predicate.substring(split), ns);
        declareIfNew(prefix, ns);
        literal(value);
        xml.writeEndElement();
    }

    private void literal(Node value) throws XMLStreamException {
        String lang = value.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            xml.writeAttribute("xml", XML_NS, "lang", lang);
        } else if (!XSDDatatype.XSDstring.getURI().equals(value.getLiteralDatatypeURI())) {
            xml.writeAttribute("rdf", RDF, "datatype", value.getLiteralDatatypeURI());
        }
        String text = checked(value.getLiteralLexicalForm());
        // A raw CR would come back as LF after XML line-end normalisation: write it as a character reference.
        String[] parts = text.split("\r", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                xml.writeEntityRef("#xD");
            }
            xml.writeCharacters(parts[i]);
        }
    }

    private void declareIfNew(String prefix, String ns) throws XMLStreamException {
        if (prefix == null) {
            xml.writeNamespace("ns0", ns);
        }
    }

    private void reference(Node n, String attribute) throws XMLStreamException {
        if (n.isBlank()) {
            xml.writeAttribute("rdf", RDF, "nodeID", "b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9_-]", "_"));
        } else if (n.isURI()) {
            xml.writeAttribute("rdf", RDF, attribute, n.getURI());
        } else {
            throw new IllegalArgumentException("RDF/XML cannot use " + n + " as a node");
        }
    }

    /** Where the longest suffix of the IRI that is an XML name (NCName) starts. */
    private static int localNameStart(String iri) {
        int i = iri.length();
        while (i > 0 && isNameChar(iri.charAt(i - 1))) {
            i--;
        }
        while (i < iri.length() && !(Character.isLetter(iri.charAt(i)) || iri.charAt(i) == '_')) {
            i++;
        }
        if (i == iri.length()) {
            throw new IllegalArgumentException("RDF/XML cannot write the property <" + iri + ">");
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static String checked(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException(String.format(
                        "RDF/XML (XML 1.0) cannot hold the character U+%04X; use another format", (int) c));
            }
        }
        return text;
    }
}
