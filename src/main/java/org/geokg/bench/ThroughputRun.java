package org.geokg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.geokg.extract.Extractor;
import org.geokg.graph.GraphStore;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;

/**
 * One pass of the articles through extraction and graph write on a pool of worker threads, as {@code ingest} does
 * one article at a time: extract, then store in its own transaction. Times are thread times summed per stage, plus
 * the wall clock and the process CPU of the whole pass.
 */
final class ThroughputRun {
    /** An article's extraction and the context actors its write needs (kept for the baselines). */
    record Written(Extraction extraction, List<Entity> context) {
    }

    /**
     * What one pass measured. Stage seconds are summed over threads; wall and CPU are for the whole pass. The graph
     * write is measured on its own (see {@link Baselines#write}), as the pass interleaves it with the NLP.
     */
    record Result(int threads, int articles, long sentences, long facts, Map<String, Double> stageSeconds,
                  double wallSeconds, double cpuSeconds, List<Written> written) {
    }

    private final Extractor extractor;
    private final GraphStore store;

    ThroughputRun(Extractor extractor, GraphStore store) {
        this.extractor = extractor;
        this.store = store;
    }

    Result run(List<Article> articles, int threads) throws InterruptedException {
        Map<String, AtomicLong> stageNanos = new ConcurrentHashMap<>();
        List<Written> written = Collections.synchronizedList(new ArrayList<>());
        double cpu0 = ProcessStats.cpuSeconds();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> written.add(one(a, stageNanos))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench: an article failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = ProcessStats.cpuSeconds() - cpu0;
        long sentences = written.stream().mapToLong(w -> w.extraction().sentences()).sum();
        long facts = written.stream().mapToLong(w -> w.extraction().facts().size()).sum();
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        for (String stage : extractor.stages()) {
            seconds.put(stage, stageNanos.getOrDefault(stage, new AtomicLong()).get() / 1e9);
        }
        return new Result(threads, articles.size(), sentences, facts, seconds, wall, cpu,
                List.copyOf(written));
    }

    private Written one(Article article, Map<String, AtomicLong> stageNanos) {
        Extraction x = extractor.extract(article);
        x.stageNanos().forEach((k, v) -> stageNanos.computeIfAbsent(k, s -> new AtomicLong()).addAndGet(v));
        List<Entity> context = extractor.context(x);
        store.store(x, context);
        return new Written(x, context);
    }
}
