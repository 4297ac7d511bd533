package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.rdf.RdfRows.IRIS;
import static org.geokg.rdf.RdfRows.MEX;
import static org.geokg.rdf.RdfRows.SHEINBAUM;
import static org.geokg.rdf.RdfRows.USA;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.geokg.shacl.ShapesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SHACL shapes (ontology/shapes.ttl, with Jena SHACL) accept every export and catch what breaks them. */
class ShapesTest {
    private static final ShapesValidator SHAPES = ShapesValidator.load();

    @TempDir
    Path dir;

    @Test
    void everyFormatConforms() throws Exception {
        for (RdfFormat format : RdfFormat.values()) {
            Path file = dir.resolve("out." + format.name().toLowerCase());
            new RdfRows().write(format, file, IRIS);
            ShapesValidator.Report report = SHAPES.validate(file);
            assertThat(report.violations()).as(format.name()).isEmpty();
            assertThat(report.statements()).isGreaterThan(80);
        }
    }

    @Test
    void anotherBaseIriConforms() throws Exception {
        Path file = dir.resolve("other.ttl");
        new RdfRows().write(RdfFormat.TTL, file, new Iris("http://example.org/kg"));
        assertThat(SHAPES.validate(file).violations()).isEmpty();
    }

    @Test
    void aFactWithoutSubjectViolates() throws Exception {
        Graph g = graph();
        g.remove(IRIS.fact("00f3"), Iris.term("subject"), Node.ANY);
        assertThat(messages(g)).anyMatch(m -> m.contains("exactly one gk:subject"));
    }

    @Test
    void aDirectTripleWithoutAnAssertedFactViolates() throws Exception {
        Graph g = graph();
        // The assault between them is negated: it backs no direct triple.
        g.add(USA, Iris.ploverProperty("ASSAULT"), MEX);
        assertThat(messages(g)).anyMatch(m -> m.contains("is backed by no asserted fact"));
    }

    @Test
    void anAssertedFactWithoutItsDirectTripleViolates() throws Exception {
        Graph g = graph();
        g.remove(MEX, Iris.ploverProperty("SANCTION"), USA);
        assertThat(messages(g)).anyMatch(m -> m.contains("lacks its direct triple"))
                .anyMatch(m -> m.contains("does not match the triple it annotates"));
    }

    @Test
    void anAnnotationNamingAnotherFactViolates() throws Exception {
        Graph g = graph();
        Node r = NodeFactory.createBlankNode();
        g.add(r, RDF.reifies.asNode(), NodeFactory.createTripleTerm(SHEINBAUM, Iris.ploverProperty("REJECT"), USA));
        g.add(r, Iris.term("fact"), IRIS.fact("00f5"));
        assertThat(messages(g)).anyMatch(m -> m.contains("does not match the triple it annotates"));
    }

    @Test
    void aClassThatContradictsThePloverTypeViolates() throws Exception {
        Graph g = graph();
        g.add(Triple.create(IRIS.fact("00f1"), RDF.type.asNode(), Iris.ploverClass("ASSAULT")));
        assertThat(messages(g)).anyMatch(m -> m.contains("gk:Assault fact has gk:ploverType plover:ASSAULT"));
    }

    @Test
    void aWrongWikidataLinkAndABadDateViolate() throws Exception {
        Graph g = graph();
        g.add(MEX, org.apache.jena.vocabulary.OWL.sameAs.asNode(), Iris.wikidata("Q30"));
        g.remove(IRIS.fact("00f2"), Iris.term("date"), Node.ANY);
        g.add(IRIS.fact("00f2"), Iris.term("date"), NodeFactory.createLiteralString("last Friday"));
        assertThat(messages(g)).anyMatch(m -> m.contains("does not match gk:wikidata"))
                .anyMatch(m -> m.contains("valid xsd:date"));
    }

    @Test
    void aConfidenceAboveOneViolates() throws Exception {
        Path file = dir.resolve("sure.jsonld");
        new RdfRows().withFactValue("00f2", "confidence", 1.5).write(RdfFormat.JSONLD, file, IRIS);
        assertThat(SHAPES.validate(file).violations()).extracting(ShapesValidator.Violation::message)
                .contains("A fact has exactly one gk:confidence, an xsd:decimal from 0 to 1 inclusive.");
    }

    @Test
    void aFileOfUnknownFormatIsRefusedClearly() throws Exception {
        Path file = Files.writeString(dir.resolve("graph.txt"), "hello");
        assertThatThrownBy(() -> SHAPES.validate(file)).hasMessageContaining("cannot tell the RDF format");
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "<a> <b> .");
        assertThatThrownBy(() -> SHAPES.validate(bad)).hasMessageContaining("bad.ttl: not valid Turtle");
    }

    private Graph graph() throws Exception {
        Path file = dir.resolve("g.nt");
        new RdfRows().write(RdfFormat.NT, file, IRIS);
        Graph g = ExportFormatsTest.parse(file, RdfFormat.NT).getDefaultGraph();
        assertThat(SHAPES.validate(g).conforms()).isTrue();
        return g;
    }

    private static java.util.List<String> messages(Graph g) {
        return SHAPES.validate(g).violations().stream().map(ShapesValidator.Violation::message).toList();
    }
}
