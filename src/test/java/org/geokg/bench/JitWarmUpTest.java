package org.geokg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class JitWarmUpTest {
    private static long sink;

    @Test
    void warmsUpForTheMinimumAtLeastAndReportsTheCompilerShare() {
        JitWarmUp.Result r = JitWarmUp.run(() -> {
            for (int i = 0; i < 10_000; i++) {
                sink += Integer.toString(i).hashCode();
            }
        });
        assertThat(r.seconds()).isBetween(JitWarmUp.MIN_NANOS / 1e9, JitWarmUp.MAX_NANOS / 1e9 + 5);
        assertThat(r.runs()).isPositive();
        if (ManagementFactory.getCompilationMXBean().isCompilationTimeMonitoringSupported()) {
            // At most one compiler thread per core can be busy in a window.
            assertThat(r.compiling()).isBetween(0.0, (double) Runtime.getRuntime().availableProcessors());
            assertThat(r.settled()).isEqualTo(r.seconds() < JitWarmUp.MAX_NANOS / 1e9);
        } else {
            assertThat(r.settled()).isFalse();
        }
    }

    @Test
    void stopsAtTheTimeLimitUnsettledWhenNoWindowCouldBeMeasured() {
        // Windows are a second long: runs that end before the first one closes give the JIT no verdict.
        JitWarmUp.Result r = JitWarmUp.run(() -> sleep(200), 0, 500_000_000L);
        assertThat(r.settled()).isFalse();
        assertThat(r.seconds()).isGreaterThanOrEqualTo(0.5);
        assertThat(r.runs()).isBetween(2, 3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
