package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.testing.Cli;
import org.geokg.testing.GraphSnapshot;
import org.geokg.testing.MalformedArticles;
import org.geokg.testing.TestGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few hundred malformed files given to {@code ingest}: a clear error for each, and the stored graph unchanged. */
class IngestFuzzIT {
    private static final int MAX_CHARS = 20_000;

    @TempDir
    Path dir;

    @BeforeEach
    void pointAtSharedGraph() {
        TestGraph.useAsExternalServer();
        System.setProperty("GEOKG_MAX_ARTICLE_CHARS", String.valueOf(MAX_CHARS));
        TestGraph.clean();
    }

    @AfterEach
    void reset() {
        TestGraph.stopUsingAsExternalServer();
        System.clearProperty("GEOKG_MAX_ARTICLE_CHARS");
    }

    @Test
    void everyMalformedFileIsReportedByNameAndNothingStoredChanges() throws Exception {
        Path good = Files.createDirectory(dir.resolve("good"));
        Files.writeString(good.resolve("a.json"), "{\"id\": \"kept-1\", \"title\": \"t\", \"published\": \"2025-03-01\","
                + " \"text\": \"Germany condemned the Russian strikes on Kyiv on Monday.\"}");
        Cli first = Cli.run("ingest", good.toString());
        assertThat(first.code()).as(first.err()).isZero();
        GraphSnapshot before = GraphSnapshot.take();
        assertThat(before.nodes()).hasSizeGreaterThan(3);

        Path bad = Files.createDirectory(dir.resolve("bad"));
        List<MalformedArticles.Case> cases = MalformedArticles.generate(MAX_CHARS);
        assertThat(cases).hasSizeGreaterThan(250);
        for (MalformedArticles.Case c : cases) {
            Files.write(bad.resolve(c.name()), c.bytes());
        }
        Cli run = Cli.run("ingest", "--threads", "1", bad.toString(), good.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("0 article(s) stored, 1 already stored");
        List<String> errors = run.err().lines().filter(l -> l.startsWith("error: ")).toList();
        for (MalformedArticles.Case c : cases) {
            assertThat(errors).as("an error names %s", c.name())
                    .anyMatch(l -> l.matches("error: .*" + c.name().replace(".", "\\.") + "(:\\d+)?: \\S.*"));
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(GraphSnapshot.take()).isEqualTo(before);
    }
}
