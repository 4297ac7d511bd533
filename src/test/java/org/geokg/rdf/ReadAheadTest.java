package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reader thread of the export: order, hand-over, failures on either side. */
class ReadAheadTest {

    /** A source with {@code rows} numbered rows per query, counting what it was asked for. */
    private static final class Numbered implements RdfExporter.Rows {
        final int rows;
        final AtomicInteger produced = new AtomicInteger();
        final Set<Thread> threads = new HashSet<>();

        Numbered(int rows) {
            this.rows = rows;
        }

        @Override
        public void stream(String query, java.util.function.Consumer<Map<String, Object>> sink) {
            threads.add(Thread.currentThread());
            for (int i = 0; i < rows; i++) {
                produced.incrementAndGet();
                sink.accept(Map.of("query", query, "n", i));
            }
        }
    }

    @Test
    void handsOverEveryRowOfEveryQueryInOrderOnTheCallersThread() {
        Numbered source = new Numbered(1000);
        List<String> seen = new ArrayList<>();
        Set<Thread> sinkThreads = new HashSet<>();
        try (ReadAhead ahead = new ReadAhead(source, List.of("a", "b"))) {
            for (String q : List.of("a", "b")) {
                ahead.stream(q, row -> {
                    seen.add(row.get("query") + ":" + row.get("n"));
                    sinkThreads.add(Thread.currentThread());
                });
            }
        }
        assertThat(seen).hasSize(2000).startsWith("a:0", "a:1").endsWith("b:998", "b:999");
        assertThat(seen.indexOf("b:0")).isEqualTo(1000);
        assertThat(sinkThreads).containsExactly(Thread.currentThread());
        assertThat(source.threads).doesNotContain(Thread.currentThread());
    }

    @Test
    void queriesMustBeAskedForInTheOrderGiven() {
        try (ReadAhead ahead = new ReadAhead(new Numbered(3), List.of("a", "b"))) {
            assertThatThrownBy(() -> ahead.stream("b", row -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
        }
    }

    @Test
    void aReadFailureReachesTheCallerAsItself() {
        RdfExporter.Rows failing = (query, sink) -> {
            sink.accept(Map.of("n", 1));
            throw new IllegalArgumentException("no such actor");
        };
        try (ReadAhead ahead = new ReadAhead(failing, List.of("a", "b"))) {
            assertThatThrownBy(() -> ahead.stream("a", row -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("no such actor");
        }
    }

    @Test
    void aFailingSinkStopsTheReaderWithoutReadingEverything() {
        Numbered source = new Numbered(10_000_000);
        ReadAhead ahead = new ReadAhead(source, List.of("a"));
        assertThatThrownBy(() -> ahead.stream("a", row -> {
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        ahead.close();
        assertThat(source.produced.get()).isLessThan(100_000);
    }
}
