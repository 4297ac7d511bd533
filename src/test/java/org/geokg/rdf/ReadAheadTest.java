package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The reader thread of the export: order, hand-over, failures on either side. */
class ReadAheadTest {

    /** Produces {@code items} numbered items for each of two parts, counting them and noting its thread. */
    private static final class Numbered implements Consumer<Consumer<String>> {
        final int items;
        final AtomicInteger produced = new AtomicInteger();
        final Set<Thread> threads = new HashSet<>();

        Numbered(int items) {
            this.items = items;
        }

        @Override
        public void accept(Consumer<String> sink) {
            threads.add(Thread.currentThread());
            for (String part : List.of("a", "b")) {
                for (int i = 0; i < items; i++) {
                    produced.incrementAndGet();
                    sink.accept(part + ":" + i);
                }
            }
        }
    }

    @Test
    void handsOverEverythingInOrderOnTheCallersThread() {
        Numbered producer = new Numbered(1000);
        List<String> seen = new ArrayList<>();
        Set<Thread> sinkThreads = new HashSet<>();
        try (ReadAhead<String> ahead = new ReadAhead<>(producer)) {
            ahead.drain(item -> {
                seen.add(item);
                sinkThreads.add(Thread.currentThread());
            });
        }
        assertThat(seen).hasSize(2000).startsWith("a:0", "a:1").endsWith("b:998", "b:999");
        assertThat(seen.indexOf("b:0")).isEqualTo(1000);
        assertThat(sinkThreads).containsExactly(Thread.currentThread());
        assertThat(producer.threads).doesNotContain(Thread.currentThread());
    }

    @Test
    void aReadFailureReachesTheCallerAsItselfWithoutItsUnsentBatch() {
        List<String> seen = new ArrayList<>();
        try (ReadAhead<String> ahead = new ReadAhead<>(sink -> {
            sink.accept("first");
            throw new IllegalArgumentException("no such actor");
        })) {
            assertThatThrownBy(() -> ahead.drain(seen::add))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("no such actor");
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void anErrorInTheReaderStillEndsTheDrain() {
        try (ReadAhead<String> ahead = new ReadAhead<>(sink -> {
            throw new StackOverflowError();
        })) {
            assertThatThrownBy(() -> ahead.drain(item -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("StackOverflowError");
        }
    }

    @Test
    void aFailingSinkStopsTheReaderWithoutReadingEverything() {
        Numbered producer = new Numbered(10_000_000);
        ReadAhead<String> ahead = new ReadAhead<>(producer);
        assertThatThrownBy(() -> ahead.drain(item -> {
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        ahead.close();
        assertThat(producer.produced.get()).isLessThan(100_000);
    }
}
