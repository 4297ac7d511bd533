package org.geokg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.geokg.config.Settings;
import org.geokg.extract.Extractor;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.geokg.rdf.Iris;

/**
 * Runs the throughput benchmark: the same articles through extraction and graph write at each thread count, each
 * into a fresh embedded store of its own (so no pass finds the articles already stored and no user graph is
 * touched), then the baselines on the first store. Stores live under a temporary directory that is removed
 * after, or under {@code home} when given (and kept there).
 */
public final class Bench {
    private final List<Integer> threadCounts;
    private final Path home;
    private final PrintWriter log;

    public Bench(List<Integer> threadCounts, Path home, PrintWriter log) {
        if (threadCounts.isEmpty() || threadCounts.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("--threads must list counts of 1 or more");
        }
        this.threadCounts = List.copyOf(threadCounts);
        this.home = home;
        this.log = log;
    }

    public BenchReport run(List<Article> articles) throws InterruptedException {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to benchmark");
        }
        Path root = home != null ? home : temp();
        try {
            return measure(articles, root);
        } finally {
            if (home == null) {
                delete(root);
            }
        }
    }

    private BenchReport measure(List<Article> articles, Path root) throws InterruptedException {
        log.println("bench: loading the NLP models and warming up");
        Extractor extractor = new Extractor();
        Extractor.warmUp();
        // A copy of the first article under another id: it warms the JIT and, written to each fresh store first,
        // Neo4j's query plans, without being one of the measured articles.
        Article a = articles.get(0);
        Extraction x = extractor.extract(new Article("bench:warm-up", a.title(), a.published(), a.source(), a.url(),
                a.text()));
        ThroughputRun.Written warm = new ThroughputRun.Written(x, extractor.context(x));
        ProcessStats.resetPeaks();
        List<ThroughputRun.Result> runs = new ArrayList<>();
        double rawWrite = 0;
        Baselines.Export export = null;
        for (int threads : threadCounts) {
            try (Neo4jRuntime runtime = Neo4jRuntime.openEmbedded(root.resolve("threads-" + threads), false)) {
                GraphStore store = new GraphStore(runtime);
                store.migrate();
                store.store(warm.extraction(), warm.context());
                log.printf("bench: %d article(s) on %d thread(s)%n", articles.size(), threads);
                ThroughputRun.Result r = new ThroughputRun(extractor, store).run(articles, threads);
                runs.add(r);
                if (export == null) {
                    log.println("bench: baselines (raw CREATE, Jena write)");
                    rawWrite = Baselines.rawWrite(runtime, warm, r.written());
                    export = Baselines.export(store, new Iris(Settings.DEFAULT_BASE_IRI));
                }
            }
            log.flush();
        }
        return new BenchReport(runs, rawWrite, export, ProcessStats.peakHeapMb(), ProcessStats.peakRssMb());
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("geokg-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the bench store", e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temp directory is harmless; the measurements stand.
        }
    }
}
