package org.geokg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.geokg.config.Settings;
import org.geokg.extract.Extractor;
import org.geokg.graph.GraphBench;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.geokg.rdf.Iris;

/**
 * Runs the throughput benchmark: after an untimed warm-up (models, JIT, Neo4j's write path in a scratch store), the
 * same articles through extraction and graph write at each thread count, each into a fresh embedded store of its
 * own (so no pass finds the articles already stored and no user graph is touched); then, on one thread in one more
 * fresh store, the graph write alone against its raw baseline and the RDF export against Jena's. Stores live under
 * a temporary directory that is removed after, or under {@code home} when given (and kept there).
 */
public final class Bench {
    /** Articles extracted untimed before the passes. */
    private static final int WARM_UP_ARTICLES = 8;
    /** Writes each way before any write is timed: enough for the JIT to compile Neo4j's write path. */
    private static final int WARM_UP_WRITES = 200;
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

    /** What the untimed warm-up leaves: the extractor, the sample articles written first to each store. */
    private record Prepared(Extractor extractor, List<ThroughputRun.Written> sample, List<GraphBench.Rows> rows,
                            BenchReport.Startup startup) {
    }

    private BenchReport measure(List<Article> articles, Path root) throws InterruptedException {
        Prepared prep = prepare(articles, root);
        ProcessStats.resetPeaks();
        List<ThroughputRun.Result> runs = new ArrayList<>();
        for (int threads : threadCounts) {
            try (Neo4jRuntime runtime = Neo4jRuntime.openEmbedded(root.resolve("threads-" + threads), false)) {
                GraphStore store = new GraphStore(runtime);
                store.migrate();
                prep.sample().forEach(w -> store.store(w.extraction(), w.context()));
                log.printf("bench: %d article(s) on %d thread(s)%n", articles.size(), threads);
                runs.add(new ThroughputRun(prep.extractor(), store).run(articles, threads));
            }
            log.flush();
        }
        log.println("bench: graph write and RDF export with their baselines (raw CREATE, Jena write), each after a"
                + " warm-up until the JIT settles");
        try (Neo4jRuntime runtime = Neo4jRuntime.openEmbedded(root.resolve("write"), false)) {
            GraphStore store = new GraphStore(runtime);
            store.migrate();
            Baselines.Write write = Baselines.write(root.resolve("write-warm-up"), root.resolve("write-raw"), runtime,
                    prep.rows(), runs.get(0).written());
            Baselines.Export export = Baselines.export(store, new Iris(Settings.DEFAULT_BASE_IRI));
            return new BenchReport(runs, write, export, prep.startup(), ProcessStats.peakHeapMb(),
                    ProcessStats.peakRssMb());
        }
    }

    /**
     * Starts up as {@code ingest} does (the NLP models load while Neo4j starts, timed), then warms up untimed: a
     * few articles extracted, and Neo4j's write path run in a scratch store until the JIT has compiled it.
     */
    private Prepared prepare(List<Article> articles, Path root) {
        log.println("bench: loading the NLP models (while Neo4j starts) and warming up");
        long t0 = System.nanoTime();
        CompletableFuture<Extractor> loading = Extractor.loadInBackground();
        try (Neo4jRuntime runtime = Neo4jRuntime.openEmbedded(root.resolve("warm-up"), false)) {
            new GraphStore(runtime).migrate();
            double databaseStart = (System.nanoTime() - t0) / 1e9;
            Extractor extractor = loading.join();
            BenchReport.Startup startup = new BenchReport.Startup((System.nanoTime() - t0) / 1e9, databaseStart);
            List<ThroughputRun.Written> sample = warmUp(extractor, articles);
            List<GraphBench.Rows> rows = sample.stream()
                    .map(w -> GraphBench.rows(w.extraction(), w.context())).toList();
            new GraphBench(runtime).warmUp(rows, WARM_UP_WRITES);
            return new Prepared(extractor, sample, rows, startup);
        }
    }

    /**
     * Extracts the first few articles under other ids, untimed: it warms the JIT, and their writes bring each store
     * to steady state (query plans) without being among the measured articles.
     */
    private static List<ThroughputRun.Written> warmUp(Extractor extractor, List<Article> articles) {
        List<ThroughputRun.Written> sample = new ArrayList<>();
        for (Article a : articles.subList(0, Math.min(WARM_UP_ARTICLES, articles.size()))) {
            Extraction x = extractor.extract(new Article("bench:warm-up:" + a.id(), a.title(), a.published(),
                    a.source(), a.url(), a.text()));
            sample.add(new ThroughputRun.Written(x, extractor.context(x)));
        }
        return sample;
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
