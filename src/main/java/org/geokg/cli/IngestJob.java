package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.geokg.extract.Extractor;
import org.geokg.extract.TimeLimit;
import org.geokg.graph.GraphStore;
import org.geokg.graph.GraphUnavailableException;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.IngestException;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Reads articles and has worker threads extract and store them, each article in its own transaction, so a bad
 * file costs only itself and an interrupted run loses nothing stored. Articles already stored are skipped before
 * the (expensive) extraction. At most two articles per worker are in flight, so memory does not grow with the input.
 */
final class IngestJob {
    record Summary(int files, int stored, int skipped, int facts, List<String> errors) {
    }

    private final GraphStore store;
    private final Extractor extractor;
    private final int threads;
    private final TimeLimit timeLimit;

    IngestJob(GraphStore store, Extractor extractor, int threads, TimeLimit timeLimit) {
        this.timeLimit = timeLimit;
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more");
        }
        this.store = store;
        this.extractor = extractor;
        this.threads = threads;
    }

    Summary run(List<Path> files, Function<Path, ArticleReader.Batch> reader, PrintWriter err) {
        Run run = new Run(Progress.create(files.size(), err), Executors.newFixedThreadPool(threads));
        try {
            for (Path file : files) {
                if (run.failure.get() != null) {
                    break;
                }
                readAndSubmit(file, reader, run);
            }
        } finally {
            finish(run.pool);
        }
        if (run.failure.get() != null) {
            throw run.failure.get();
        }
        run.progress.done();
        return new Summary(files.size(), run.stored.get(), run.skipped.get(), run.facts.get(),
                List.copyOf(run.errors));
    }

    /** Reads one file and hands its articles to the workers, waiting while too many are in flight. */
    private void readAndSubmit(Path file, Function<Path, ArticleReader.Batch> reader, Run run) {
        try {
            ArticleReader.Batch batch = reader.apply(file);
            // the bad parts of a file are reported one by one; its good articles are still stored
            batch.problems().forEach(p -> report(run, p.getMessage()));
            run.progress.fileRead(batch.articles().size());
            for (Article article : batch.articles()) {
                run.inFlight.acquireUninterruptibly();
                if (run.failure.get() != null) {
                    return;
                }
                run.pool.execute(() -> {
                    try {
                        one(article, run);
                    } catch (TimeLimit.Exceeded e) {
                        report(run, article.id() + ": " + e.getMessage());
                    } catch (GraphUnavailableException | ServiceUnavailableException e) {
                        run.failure.compareAndSet(null, e); // the database is gone: stop the batch
                    } catch (RuntimeException e) {
                        report(run, article.id() + ": cannot extract or store this article ("
                                + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped");
                    } finally {
                        run.inFlight.release();
                    }
                });
            }
        } catch (IngestException e) {
            report(run, e.getMessage());
            run.progress.fileRead(0);
        }
    }

    private static void report(Run run, String problem) {
        run.errors.add(problem);
        run.progress.message("error: " + problem);
    }

    private void one(Article article, Run run) {
        // resuming after an interruption: what is stored is skipped before the costly extraction
        if (store.hasArticle(article.id())) {
            run.skipped.incrementAndGet();
        } else {
            Extraction x = timeLimit.run(() -> extractor.extract(article));
            store.store(x, extractor.context(x));
            run.stored.incrementAndGet();
            run.facts.addAndGet(x.facts().size());
        }
        run.progress.article();
    }

    private static void finish(ExecutorService pool) {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // an article is still being extracted or stored: wait for it, it is never cut off half-written
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** The state of one run, shared by the reading thread and the workers. */
    private final class Run {
        final Progress progress;
        final ExecutorService pool;
        final Semaphore inFlight = new Semaphore(2 * threads);
        final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger stored = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger facts = new AtomicInteger();

        Run(Progress progress, ExecutorService pool) {
            this.progress = progress;
            this.pool = pool;
        }
    }
}
