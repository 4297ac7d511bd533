package org.geokg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** CPU time and memory peaks of this process, as the JVM and Linux report them. */
final class ProcessStats {
    private ProcessStats() {
    }

    /** CPU seconds of all threads of the process (the embedded Neo4j's included); -1 if unknown. */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    /**
     * Peak heap in MB since {@link #resetPeaks} (which starts the watch): the most the heap's pools held together, seen
     * just before each garbage collection (when the heap is fullest) and now. The pools' own peaks cannot be added
     * up: each peaks at a different moment, and their sum exceeded {@code -Xmx}.
     */
    static double peakHeapMb() {
        return Math.max(HeapPeak.INSTANCE.peakBytes(), heapUsed()) / (1024.0 * 1024.0);
    }

    static void resetPeaks() {
        HeapPeak.INSTANCE.reset(heapUsed());
    }

    /** The heap's use now, summed over its pools as the collectors' notifications give it (so the two compare). */
    private static long heapUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Listens to the collectors' notifications for the heap's use before each collection. */
    private static final class HeapPeak implements NotificationListener {
        static final HeapPeak INSTANCE = new HeapPeak();
        private final Set<String> heapPoolNames = new HashSet<>();
        private final AtomicLong peak = new AtomicLong();

        private HeapPeak() {
            heapPools().forEach(pool -> heapPoolNames.add(pool.getName()));
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        long peakBytes() {
            return peak.get();
        }

        void reset(long now) {
            peak.set(now);
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long before = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                    before += heapPoolNames.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
                }
                peak.accumulateAndGet(before, Math::max);
            }
        }
    }

    /** Peak resident set size in MB (VmHWM of /proc/self/status); -1 where there is no /proc (not Linux). */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc hidden: the report shows -1 rather than failing the run.
        }
        return -1;
    }
}
