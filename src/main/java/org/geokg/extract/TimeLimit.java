package org.geokg.extract;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A time limit on one article's extraction (GEOKG_EXTRACT_TIMEOUT). CoreNLP's annotators
 * stop when their thread is interrupted, so a watchdog interrupts the worker when the limit passes. The interrupt
 * can only land while the work runs: the worker's flag is cleared before it goes on to store anything.
 */
public final class TimeLimit {
    public static final String VARIABLE = "GEOKG_EXTRACT_TIMEOUT";

    /** The work ran past the limit and was stopped. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(Duration limit) {
            super("extraction ran past " + limit.toSeconds() + " s (" + VARIABLE + "); skipped");
        }
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "geokg-extract-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Duration limit;

    public TimeLimit(Duration limit) {
        this.limit = limit;
    }

    public <T> T run(Supplier<T> work) {
        Thread worker = Thread.currentThread();
        Object lock = new Object();
        boolean[] state = new boolean[2]; // [0] done, [1] fired
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            synchronized (lock) {
                if (!state[0]) {
                    state[1] = true;
                    worker.interrupt();
                }
            }
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            T result = work.get();
            synchronized (lock) {
                state[0] = true;
            }
            if (state[1]) {
                throw new Exceeded(limit);
            }
            return result;
        } catch (RuntimeException e) {
            synchronized (lock) {
                state[0] = true;
            }
            throw state[1] ? new Exceeded(limit) : e;
        } finally {
            alarm.cancel(false);
            Thread.interrupted(); // a late interrupt must not reach the write that follows
        }
    }
}
