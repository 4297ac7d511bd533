package org.geokg.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.geokg.graph.GraphStore;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.model.Modality;
import org.geokg.model.Plover;
import org.geokg.model.Provenance;
import org.geokg.shacl.ShapesValidator;
import org.geokg.testing.Fixtures;
import org.geokg.testing.NodeParsers;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export of graphs stored in the shared embedded Neo4j: every format, the shapes, the filters. */
class RdfExportIT {
    private static final Iris IRIS = new Iris("https://w3id.org/geokg/id/");

    @TempDir
    Path dir;

    private GraphStore store;

    @BeforeEach
    void storeTwoArticles() {
        TestGraph.clean();
        store = TestGraph.store();
        store.store(Fixtures.sample("exp-1"), List.of());
        store.store(Fixtures.sample("exp-1b"), List.of());
        store.store(threat("exp-2"), List.of());
    }

    /** The US threatens Mexico on 1 September, reported by a second article. */
    static Extraction threat(String articleId) {
        Article a = new Article(articleId, "Threat", LocalDate.of(2025, 9, 1), "wire", "https://example.org/" + articleId,
                "The US threatened Mexico with tariffs.");
        LocalDate date = LocalDate.of(2025, 9, 1);
        Fact f = new Fact(Fact.idOf("country:USA", Plover.THREATEN, "country:MEX", date, false, Modality.ASSERTED),
                "country:USA", "country:MEX", Plover.THREATEN, "threatens_with_tariffs", date, a.text(), null, null,
                false, Modality.ASSERTED, 0.8, new Provenance(articleId, 0, 0, a.text().length(), "test"));
        return new Extraction(a, List.of(Fixtures.USA, Fixtures.MEX), List.of(), List.of(f), Map.of(), 1);
    }

    @Test
    void everyFormatParsesStrictlyConformsAndHasTheReportedCount() throws Exception {
        ShapesValidator shapes = ShapesValidator.load();
        for (RdfFormat format : RdfFormat.values()) {
            Path file = export(format, RdfExporter.Filter.NONE);
            long written = lastCount;
            assertThat(ExportFormatsTest.parse(file, format).stream().count()).as(format.name()).isEqualTo(written);
            assertThat(shapes.validate(file).violations()).as(format.name()).isEmpty();
        }
    }

    @Test
    void everyFormatReadsTheSameInParsersOtherThanJena() throws Exception {
        NodeParsers.assumeAvailable();
        for (RdfFormat format : RdfFormat.values()) {
            Path file = export(format, RdfExporter.Filter.NONE);
            DatasetGraph other = NodeParsers.read(format.name().toLowerCase(), file);
            assertThat(other.stream().count()).as(format.name()).isEqualTo(lastCount);
            assertThat(IsoMatcher.isomorphic(other, ExportFormatsTest.parse(file, format))).as(format.name()).isTrue();
        }
    }

    @Test
    void aFactReportedTwiceIsInBothArticleGraphs() throws Exception {
        DatasetGraph ds = ExportFormatsTest.parse(export(RdfFormat.TRIG, RdfExporter.Filter.NONE), RdfFormat.TRIG);
        Node reject = IRIS.actor("person:claudia-sheinbaum");
        for (String article : List.of("exp-1", "exp-1b")) {
            assertThat(ds.getGraph(IRIS.articleGraph(article)).contains(reject, Iris.ploverProperty("REJECT"),
                    IRIS.actor("country:USA"))).as(article).isTrue();
        }
        assertThat(ds.getGraph(IRIS.articleGraph("exp-2")).contains(reject, Node.ANY, Node.ANY)).isFalse();
    }

    @Test
    void filtersSelectFactsWithTheirActorsAndArticles() throws Exception {
        Graph sanctions = graph(new RdfExporter.Filter(null, null, Set.of(Plover.SANCTION), null));
        assertThat(facts(sanctions)).containsExactly("SANCTION");
        assertThat(actors(sanctions)).containsExactlyInAnyOrder("gov:USA:state-department", "country:MEX",
                "country:USA");
        assertThat(articles(sanctions)).containsExactlyInAnyOrder("exp-1", "exp-1b");

        Graph september = graph(new RdfExporter.Filter(LocalDate.of(2025, 8, 9), null, Set.of(), null));
        assertThat(facts(september)).containsExactly("THREATEN");
        assertThat(articles(september)).containsExactly("exp-2");
        Graph august = graph(new RdfExporter.Filter(null, LocalDate.of(2025, 8, 8), Set.of(), null));
        assertThat(facts(august)).containsExactlyInAnyOrder("REJECT", "SANCTION", "ASSAULT");

        for (String actor : List.of("person:claudia-sheinbaum", "claudia SHEINBAUM", "Sheinbaum")) {
            Graph g = graph(new RdfExporter.Filter(null, null, Set.of(), actor));
            assertThat(facts(g)).as(actor).containsExactly("REJECT");
        }
        Graph mexicoThreatened = graph(new RdfExporter.Filter(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1),
                Set.of(Plover.THREATEN, Plover.ASSAULT), "country:MEX"));
        assertThat(facts(mexicoThreatened)).containsExactly("THREATEN");
        assertThat(graph(new RdfExporter.Filter(LocalDate.of(2030, 1, 1), null, Set.of(), null)).size()).isZero();
    }

    @Test
    void filteredExportsConformToo() throws Exception {
        ShapesValidator shapes = ShapesValidator.load();
        RdfExporter.Filter filter = new RdfExporter.Filter(null, null, Set.of(Plover.SANCTION), "Mexico");
        for (RdfFormat format : List.of(RdfFormat.TRIG, RdfFormat.JSONLD)) {
            assertThat(shapes.validate(export(format, filter)).violations()).as(format.name()).isEmpty();
        }
    }

    /**
     * The embedded database's export reads run in-process; an external server's go through Bolt. Both must write
     * the very same bytes, whole or filtered, in a triple and a quad format.
     */
    @Test
    void inProcessAndBoltReadsExportTheSameBytes() throws Exception {
        GraphStore bolt = new GraphStore(TestGraph.runtime().driver(), TestGraph.runtime().database(),
                TestGraph.runtime().retryBudget());
        RdfExporter.Filter usa = new RdfExporter.Filter(null, null, Set.of(), "country:USA");
        for (RdfFormat format : List.of(RdfFormat.NT, RdfFormat.NQ)) {
            for (RdfExporter.Filter filter : List.of(RdfExporter.Filter.NONE, usa)) {
                ByteArrayOutputStream local = new ByteArrayOutputStream();
                ByteArrayOutputStream remote = new ByteArrayOutputStream();
                long n = new RdfExporter(store, IRIS).export(format, filter, local);
                assertThat(new RdfExporter(bolt, IRIS).export(format, filter, remote)).isEqualTo(n);
                assertThat(local.toString(UTF_8))
                        .isEqualTo(remote.toString(UTF_8)).contains("country/USA");
            }
        }
    }

    @Test
    void anUnknownActorIsAnError() {
        assertThatThrownBy(() -> graph(new RdfExporter.Filter(null, null, Set.of(), "Atlantis")))
                .hasMessage("no actor with id or name 'Atlantis'");
    }

    private long lastCount;

    private Path export(RdfFormat format, RdfExporter.Filter filter) throws Exception {
        Path file = Files.createTempFile(dir, "export", "." + format.name().toLowerCase());
        try (OutputStream out = Files.newOutputStream(file)) {
            lastCount = new RdfExporter(store, IRIS).export(format, filter, out);
        }
        return file;
    }

    private Graph graph(RdfExporter.Filter filter) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        new RdfExporter(store, IRIS).export(filter, org.apache.jena.riot.system.StreamRDFLib.graph(g));
        return g;
    }

    private static List<String> facts(Graph g) {
        return g.find(Node.ANY, Iris.term("ploverType"), Node.ANY).mapWith(t -> t.getObject().getLocalName()).toList();
    }

    private static List<String> actors(Graph g) {
        return g.find(Node.ANY, Iris.term("actorId"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList();
    }

    private static List<String> articles(Graph g) {
        return g.find(Node.ANY, RDF.type.asNode(), Iris.term("Article"))
                .mapWith(t -> t.getSubject().getURI().substring(t.getSubject().getURI().lastIndexOf('/') + 1))
                .toList();
    }
}
