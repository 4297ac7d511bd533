package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.rdf.RdfRows.IRIS;
import static org.geokg.rdf.RdfRows.MEX;
import static org.geokg.rdf.RdfRows.SHEINBAUM;
import static org.geokg.rdf.RdfRows.USA;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format, written by the real writers from hand-built rows and read back by Jena's strict parser. */
class ExportFormatsTest {

    @TempDir
    Path dir;

    @Test
    void everyFormatParsesStrictlyWithTheCountTheExporterReports() throws Exception {
        for (RdfFormat format : RdfFormat.values()) {
            Path file = dir.resolve("out." + format.name().toLowerCase());
            long written = new RdfRows().write(format, file, IRIS);
            DatasetGraph ds = parse(file, format);
            assertThat(ds.stream().count()).as(format.name()).isEqualTo(written);
            assertThat(written).as(format.name()).isGreaterThan(80);
        }
    }

    @Test
    void formatsHoldTheSameStatements() throws Exception {
        Graph nt = parse(write(RdfFormat.NT), RdfFormat.NT).getDefaultGraph();
        assertThat(IsoMatcher.isomorphic(parse(write(RdfFormat.TTL), RdfFormat.TTL).getDefaultGraph(), nt)).isTrue();
        assertThat(IsoMatcher.isomorphic(parse(write(RdfFormat.TRIG), RdfFormat.TRIG),
                parse(write(RdfFormat.NQ), RdfFormat.NQ))).isTrue();
        assertThat(nt.find(IRIS.fact("00f1"), Iris.term("confidence"), Node.ANY).next().getObject())
                .isEqualTo(NodeFactory.createLiteralDT("0.75", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        // JSON-LD and RDF/XML hold everything but the annotations (two statements per reifier).
        Graph plain = GraphFactory.createDefaultGraph();
        nt.find().forEach(t -> {
            if (!t.getSubject().isBlank()) {
                plain.add(t);
            }
        });
        assertThat(plain.size()).isEqualTo(nt.size() - 2 * 3);
        for (RdfFormat format : List.of(RdfFormat.JSONLD, RdfFormat.RDFXML)) {
            assertThat(IsoMatcher.isomorphic(parse(write(format), format).getDefaultGraph(), plain)).as(format.name())
                    .isTrue();
        }
    }

    @Test
    void turtleAndTrigWritePlainRdfStarAnnotationsAndNTriplesRdf12() throws Exception {
        String ttl = Files.readString(write(RdfFormat.TTL));
        assertThat(ttl).contains("<< <https://w3id.org/geokg/id/actor/person/claudia-sheinbaum> gk:reject "
                + "<https://w3id.org/geokg/id/actor/country/USA> >> gk:fact fact:00f1 .").doesNotContain("<<(");
        assertThat(Files.readString(write(RdfFormat.TRIG))).contains(">> gk:fact fact:00f2 .").doesNotContain("<<(");
        assertThat(Files.readString(write(RdfFormat.NT))).contains("_:Br00f1 "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> <<( <https://w3id.org/geokg/id/actor/person/"
                + "claudia-sheinbaum> <https://w3id.org/geokg/ontology#reject> <https://w3id.org/geokg/id/actor/"
                + "country/USA> )>> .");
    }

    @Test
    void oneDirectTriplePerGraphForAssertedFactsOnlyEachAnnotatedWithItsFacts() throws Exception {
        Graph g = parse(write(RdfFormat.TTL), RdfFormat.TTL).getDefaultGraph();
        assertThat(g.find(SHEINBAUM, Iris.ploverProperty("REJECT"), USA).toList()).hasSize(1);
        assertThat(g.find(MEX, Iris.ploverProperty("SANCTION"), USA).toList()).hasSize(1);
        assertThat(g.find(USA, Iris.ploverProperty("ASSAULT"), MEX).toList()).as("negated").isEmpty();
        assertThat(g.find(USA, Iris.ploverProperty("THREATEN"), MEX).toList()).as("hypothetical").isEmpty();
        assertThat(select(g, "SELECT ?f { << ?s gk:reject ?o >> gk:fact ?f } ORDER BY ?f"))
                .containsExactly(IRIS.fact("00f1"), IRIS.fact("00f2"));
        DatasetGraph trig = parse(write(RdfFormat.TRIG), RdfFormat.TRIG);
        Node a1 = IRIS.articleGraph("a1");
        Node a2 = IRIS.articleGraph("a2");
        assertThat(Iter.count(trig.find(a1, SHEINBAUM, Iris.ploverProperty("REJECT"), USA))).isEqualTo(1);
        assertThat(Iter.count(trig.find(a2, SHEINBAUM, Iris.ploverProperty("REJECT"), USA))).isEqualTo(1);
        assertThat(Iter.count(trig.find(a1, IRIS.fact("00f5"), Node.ANY, Node.ANY))).as("f5 is only in a2").isZero();
        assertThat(Iter.count(trig.find(a2, IRIS.fact("00f5"), Node.ANY, Node.ANY))).isPositive();
        assertThat(trig.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), Iris.term("Fact")).toList()).isEmpty();
        assertThat(trig.getDefaultGraph().find(MEX, RDF.type.asNode(), Iris.term("Country")).toList()).hasSize(1);
    }

    @Test
    void literalsComeBackExactlyFromEveryFormat() throws Exception {
        for (RdfFormat format : RdfFormat.values()) {
            DatasetGraph ds = parse(write(format), format);
            assertThat(ds.find(Node.ANY, IRIS.fact("00f5"), Iris.term("evidence"), Node.ANY).next().getObject()
                    .getLiteralLexicalForm()).as(format.name()).isEqualTo(RdfRows.TRICKY);
            assertThat(ds.find(Node.ANY, IRIS.fact("00f1"), Iris.term("quote"), Node.ANY).next().getObject())
                    .as(format.name()).isEqualTo(NodeFactory.createLiteralString(RdfRows.QUOTE));
            assertThat(ds.find(Node.ANY, IRIS.article("a1"), Iris.schema("url"), Node.ANY).next().getObject()
                    .getLiteralLexicalForm()).isEqualTo("https://example.org/a?x=1&y=2");
        }
    }

    @Test
    void aSpeakerKnownOnlyByIdIsStillALabelledActor() throws Exception {
        Graph g = parse(write(RdfFormat.NT), RdfFormat.NT).getDefaultGraph();
        Node aide = IRIS.actor("person:unnamed-aide");
        assertThat(g.contains(aide, RDF.type.asNode(), Iris.term("Actor"))).isTrue();
        assertThat(g.find(aide, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).next().getObject()
                .getLiteralLexicalForm()).isEqualTo("person:unnamed-aide");
    }

    @Test
    void rdfXmlRefusesCharactersXml10CannotHold() {
        RdfRows rows = new RdfRows().withFactValue("00f2", "evidence", "bell \u0007 here");
        assertThatThrownBy(() -> rows.write(RdfFormat.RDFXML, dir.resolve("bad.rdf"), IRIS))
                .hasMessageContaining("U+0007").hasMessageContaining("another format");
    }

    @Test
    void aWholeExportReadsTheDirectRelationshipsAloneAndWritesTheSameStatements() {
        Graph direct = GraphFactory.createDefaultGraph();
        Graph perFact = GraphFactory.createDefaultGraph();
        long directCount = RdfExporter.write(IRIS, new RdfRows(), StreamRDFLib.graph(direct), false, true, true);
        long perFactCount = RdfExporter.write(IRIS, new RdfRows(), StreamRDFLib.graph(perFact), false, true, false);
        assertThat(directCount).isEqualTo(perFactCount);
        assertThat(IsoMatcher.isomorphic(direct, perFact)).isTrue();
        assertThat(direct.find(SHEINBAUM, Iris.ploverProperty("REJECT"), USA).toList()).hasSize(1);
    }

    @Test
    void confidenceIsAnExactDecimal() {
        assertThat(RdfMapper.decimal(0.75)).isEqualTo("0.75");
        assertThat(RdfMapper.decimal(1.0)).isEqualTo("1.0");
        assertThat(RdfMapper.decimal(0.0)).isEqualTo("0.0");
        assertThat(RdfMapper.decimal(0.81)).isEqualTo("0.81");
        assertThat(RdfMapper.decimal(1e-5)).isEqualTo("0.00001");
        assertThat(Double.parseDouble(RdfMapper.decimal(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
    }

    @Test
    void formatNamesAndAliases() {
        assertThat(RdfFormat.parse("Turtle")).isEqualTo(RdfFormat.TTL);
        assertThat(RdfFormat.parse("json-ld")).isEqualTo(RdfFormat.JSONLD);
        assertThat(RdfFormat.parse("rdf/xml")).isEqualTo(RdfFormat.RDFXML);
        assertThat(RdfFormat.parse("n-quads")).isEqualTo(RdfFormat.NQ);
        assertThatThrownBy(() -> RdfFormat.parse("csv")).hasMessageContaining("use ttl, trig, nt, nq, jsonld or rdfxml");
    }

    private Path write(RdfFormat format) throws Exception {
        Path file = Files.createTempFile(dir, "out", "." + format.name().toLowerCase());
        new RdfRows().write(format, file, IRIS);
        return file;
    }

    static DatasetGraph parse(Path file, RdfFormat format) {
        return RDFParser.source(file).lang(format.lang()).strict(true).toDatasetGraph();
    }

    private static List<Node> select(Graph g, String where) {
        String query = "PREFIX gk: <" + Iris.GK + "> " + where;
        try (QueryExecution qe = QueryExecution.create(query, org.apache.jena.query.DatasetFactory.wrap(
                org.apache.jena.sparql.core.DatasetGraphFactory.wrap(g)))) {
            List<Node> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(row -> out.add(row.get("f").asNode()));
            return out;
        }
    }
}
