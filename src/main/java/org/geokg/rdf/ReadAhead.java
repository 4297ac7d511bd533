package org.geokg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the export's queries, in the order the export asks for them, on a reader thread and hands their rows over
 * in batches through a bounded queue: Neo4j's reads then overlap the mapping and writing on the caller's thread
 * (the two take about as long, so on two cores the export takes about half as long), and memory stays bounded.
 * Only the caller's thread touches the sink, which matters for sinks bound to their thread (a TDB2 load).
 */
final class ReadAhead implements RdfExporter.Rows, AutoCloseable {
    private static final int BATCH = 256;
    private static final int BATCHES = 16;
    /** Markers, compared by identity: one query's rows are all handed over; the reader failed. */
    private static final List<Map<String, Object>> END = new ArrayList<>();
    private static final List<Map<String, Object>> FAILED = new ArrayList<>();

    private final BlockingQueue<List<Map<String, Object>>> queue = new ArrayBlockingQueue<>(BATCHES);
    private final List<String> queries;
    private final Thread reader;
    private volatile boolean cancelled;
    private volatile RuntimeException failure;
    private int next;

    ReadAhead(RdfExporter.Rows source, List<String> queries) {
        this.queries = List.copyOf(queries);
        this.reader = new Thread(() -> read(source), "geokg-export-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The rows of the next query; {@code query} must be the next one this was made with. */
    @Override
    public void stream(String query, Consumer<Map<String, Object>> sink) {
        if (next >= queries.size() || !queries.get(next).equals(query)) {
            throw new IllegalStateException("export query " + query + " asked out of order");
        }
        next++;
        for (List<Map<String, Object>> batch = take(); batch != END; batch = take()) {
            if (batch == FAILED) {
                throw failure;
            }
            batch.forEach(sink);
        }
    }

    /** Stops the reader if the export ends early (the sink failed) and waits for it to let go of Neo4j. */
    @Override
    public void close() {
        cancelled = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(RdfExporter.Rows source) {
        try {
            for (String query : queries) {
                Batcher batcher = new Batcher();
                source.stream(query, batcher);
                batcher.flush();
                hand(END);
            }
        } catch (CancellationException e) {
            // The caller stopped reading: nothing is waiting for the rest.
        } catch (RuntimeException e) {
            failure = e;
            handQuietly(FAILED);
        } catch (Error e) {
            failure = new IllegalStateException("the export's reader failed: " + e, e);
            handQuietly(FAILED);
            throw e;
        }
    }

    /** Collects rows into batches: one hand-over per row would cost more than reading it. */
    private final class Batcher implements Consumer<Map<String, Object>> {
        private List<Map<String, Object>> rows = new ArrayList<>(BATCH);

        @Override
        public void accept(Map<String, Object> row) {
            rows.add(row);
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                hand(rows);
                rows = new ArrayList<>(BATCH);
            }
        }
    }

    private void hand(List<Map<String, Object>> batch) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new CancellationException("export stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export reader interrupted");
        }
    }

    private void handQuietly(List<Map<String, Object>> marker) {
        try {
            hand(marker);
        } catch (CancellationException e) {
            // Nobody is reading any more.
        }
    }

    private List<Map<String, Object>> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        }
    }
}
