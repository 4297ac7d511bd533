package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.geokg.testing.NodeParsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export format read by a library other than Jena (N3.js, jsonld.js, rdfxml-streaming-parser under Node.js)
 * yields the same statements as Jena's strict parser, as many as the exporter reported writing.
 */
class NonJenaParsersTest {
    private static final Iris IRIS = new Iris("https://w3id.org/geokg/id/");

    @TempDir
    Path dir;

    @BeforeEach
    void needsNode() {
        NodeParsers.assumeAvailable();
    }

    @Test
    void everyFormatReadsTheSameInNodeParsersAsInJena() throws Exception {
        for (RdfFormat format : RdfFormat.values()) {
            String name = format.name().toLowerCase();
            Path file = dir.resolve("out." + name);
            long written = new RdfRows().write(format, file, IRIS);
            DatasetGraph other = NodeParsers.read(name, file);
            assertThat(other.stream().count()).as(name).isEqualTo(written);
            assertThat(IsoMatcher.isomorphic(other, ExportFormatsTest.parse(file, format))).as(name).isTrue();
        }
    }
}
