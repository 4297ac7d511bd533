package org.geokg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessStatsTest {
    private static byte[][] held;

    @Test
    void peakHeapSeesWhatWasHeldBeforeACollectionAndStaysWithinTheHeapLimit() throws InterruptedException {
        System.gc();
        ProcessStats.resetPeaks();
        double base = ProcessStats.peakHeapMb();
        held = new byte[64][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1024 * 1024];
        }
        held = null;
        System.gc();
        Thread.sleep(200);
        double maxMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
        // The 64 MB were garbage when the collection ran, so only its "before" figure can have counted them.
        assertThat(ProcessStats.peakHeapMb()).isGreaterThanOrEqualTo(base + 60).isLessThanOrEqualTo(maxMb);
    }
}
