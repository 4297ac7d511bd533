package org.geokg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads RDF files with parsers other than Jena: N3.js (Turtle, TriG, N-Triples, N-Quads), jsonld.js and
 * rdfxml-streaming-parser, through {@code src/test/node/parse.js} under Node.js, which prints what it read as
 * N-Quads. The packages live in {@code target/node} ({@code src/test/node/install.sh}); without them tests skip.
 */
public final class NodeParsers {
    private static final Path SCRIPT = Path.of("src/test/node/parse.js").toAbsolutePath();
    private static final Path MODULES = Path.of("target/node/node_modules").toAbsolutePath();
    private static final List<String> PACKAGES = List.of("n3", "jsonld", "rdfxml-streaming-parser");
    private static Boolean nodeRuns;

    private NodeParsers() {
    }

    /** Skips the calling test, saying why, unless Node.js and the three parser packages are installed. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(nodeRuns(), "Node.js is not installed: exports are not checked with N3.js,"
                + " jsonld.js and rdfxml-streaming-parser");
        for (String pkg : PACKAGES) {
            Assumptions.assumeTrue(Files.isDirectory(MODULES.resolve(pkg)), "the npm package " + pkg
                    + " is missing from " + MODULES + ": run src/test/node/install.sh (needs npm) to check"
                    + " exports with parsers other than Jena");
        }
    }

    /**
     * What the non-Jena parser read from a file in the given format (ttl, trig, nt, nq, jsonld, rdfxml), as a
     * Jena dataset for comparison; fails the test with the parser's message if it rejects the file.
     */
    public static DatasetGraph read(String format, Path file) throws IOException, InterruptedException {
        Path out = Files.createTempFile("geokg-node-", ".nq");
        Path err = Files.createTempFile("geokg-node-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder("node", SCRIPT.toString(), format, file.toAbsolutePath().toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("NODE_PATH", MODULES.toString());
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
            assertThat(p.exitValue()).as("node parse of %s (%s): %s", file, format,
                    Files.readString(err, StandardCharsets.UTF_8)).isZero();
            return RDFParser.source(out).lang(Lang.NQUADS).toDatasetGraph();
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static synchronized boolean nodeRuns() {
        if (nodeRuns == null) {
            try {
                Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                nodeRuns = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                nodeRuns = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                nodeRuns = false;
            }
        }
        return nodeRuns;
    }
}
