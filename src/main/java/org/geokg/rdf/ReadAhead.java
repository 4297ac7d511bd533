package org.geokg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a producer (the export's reads and their mapping to statements) on a reader thread and hands what it
 * produces over in batches through a bounded queue to the caller's thread, which only writes: on two cores the
 * reads and mapping then overlap the writing (each takes about as long as the other), and memory stays bounded.
 * Only the caller's thread touches the sink, which matters for sinks bound to their thread (a TDB2 load).
 */
final class ReadAhead<T> implements AutoCloseable {
    private static final int BATCH = 256;
    private static final int BATCHES = 16;

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES);
    /** Markers, compared by identity: the producer is done; it failed. */
    private final List<T> end = new ArrayList<>();
    private final List<T> failed = new ArrayList<>();
    private final Thread reader;
    private volatile boolean cancelled;
    private volatile RuntimeException failure;

    ReadAhead(Consumer<Consumer<T>> producer) {
        this.reader = new Thread(() -> read(producer), "geokg-export-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Hands everything produced to {@code sink}, in order; the producer's failure is thrown here as itself. */
    void drain(Consumer<T> sink) {
        for (List<T> batch = take(); batch != end; batch = take()) {
            if (batch == failed) {
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

    private void read(Consumer<Consumer<T>> producer) {
        try {
            Batcher batcher = new Batcher();
            producer.accept(batcher);
            batcher.flush();
            hand(end);
        } catch (CancellationException e) {
            // The caller stopped reading: nothing is waiting for the rest.
        } catch (RuntimeException e) {
            failure = e;
            handQuietly(failed);
        } catch (Error e) {
            failure = new IllegalStateException("the export's reader failed: " + e, e);
            handQuietly(failed);
            throw e;
        }
    }

    /** Collects items into batches: one hand-over per statement would cost more than producing it. */
    private final class Batcher implements Consumer<T> {
        private List<T> items = new ArrayList<>(BATCH);

        @Override
        public void accept(T item) {
            items.add(item);
            if (items.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!items.isEmpty()) {
                hand(items);
                items = new ArrayList<>(BATCH);
            }
        }
    }

    private void hand(List<T> batch) {
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

    private void handQuietly(List<T> marker) {
        try {
            hand(marker);
        } catch (CancellationException e) {
            // Nobody is reading any more.
        }
    }

    private List<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        }
    }
}
