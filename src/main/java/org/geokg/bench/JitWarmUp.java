package org.geokg.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * An untimed warm-up that lasts until the JIT has settled. HotSpot compiles on background threads, and a bench has
 * run CoreNLP and Neo4j's writes before it times anything else, so the compiler is still working through its queue
 * (measured: 0.7–1 s of compilation per second during the first write and export runs). On two cores that
 * compiler takes a core from whatever is timed, and most from the two-thread export: timed that way the export
 * read as half its steady speed. So the work repeats for at least {@link #MIN_NANOS}, then until compilation took
 * under {@link #QUIET} of the wall time in {@link #QUIET_WINDOWS} one-second windows in a row, or {@link
 * #MAX_NANOS} have passed.
 */
final class JitWarmUp {
    static final long MIN_NANOS = 2_000_000_000L;
    static final long MAX_NANOS = 60_000_000_000L;
    static final double QUIET = 0.02;
    static final int QUIET_WINDOWS = 3;
    private static final long WINDOW_NANOS = 1_000_000_000L;

    /**
     * How long the warm-up ran, how many runs, whether the JIT had settled (false: it ran out of time, or the JVM
     * cannot tell), and the share of the last one-second window spent compiling (-1 if unknown).
     */
    record Result(double seconds, int runs, boolean settled, double compiling) {
    }

    private JitWarmUp() {
    }

    static Result run(Runnable work) {
        return run(work, MIN_NANOS, MAX_NANOS);
    }

    static Result run(Runnable work, long minNanos, long maxNanos) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        long windowStart = start;
        long compiledAtWindowStart = measurable ? jit.getTotalCompilationTime() : 0;
        int quietWindows = 0;
        int runs = 0;
        double share = -1;
        while (true) {
            work.run();
            runs++;
            long now = System.nanoTime();
            if (now - windowStart >= WINDOW_NANOS && measurable) {
                long compiled = jit.getTotalCompilationTime();
                share = (compiled - compiledAtWindowStart) * 1e6 / (now - windowStart);
                quietWindows = share < QUIET ? quietWindows + 1 : 0;
                windowStart = now;
                compiledAtWindowStart = compiled;
            }
            boolean settled = quietWindows >= QUIET_WINDOWS;
            boolean minDone = now - start >= minNanos;
            if (minDone && (settled || !measurable) || now - start >= maxNanos) {
                return new Result((now - start) / 1e9, runs, settled, share);
            }
        }
    }
}
