package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalReadsTest {

    @Test
    void arraysBecomeListsAtAnyDepthAsTheDriverGivesThem() {
        assertThat(LocalReads.plain(new String[] {"a", "b"})).isEqualTo(List.of("a", "b"));
        assertThat(LocalReads.plain(new long[] {1, 2})).isEqualTo(List.of(1L, 2L));
        List<Object> mixed = new ArrayList<>(List.of("x", new String[] {"y"}, "z"));
        assertThat(LocalReads.plain(mixed)).isEqualTo(List.of("x", List.of("y"), "z"));
        assertThat(LocalReads.plain(Map.of("k", new double[] {0.5}))).isEqualTo(Map.of("k", List.of(0.5)));
        assertThat(LocalReads.plain(List.of(List.of("a", new int[] {1}))))
                .isEqualTo(List.of(List.of("a", List.of(1))));
    }

    @Test
    void plainListsAndScalarsPassThroughUncopied() {
        List<String> ids = List.of("country:USA", "country:MEX");
        assertThat(LocalReads.plain(ids)).isSameAs(ids);
        List<Object> nested = List.of(List.of("SUBJECT", "country:USA"), List.of("OBJECT", "country:MEX"));
        assertThat(LocalReads.plain(nested)).isSameAs(nested);
        assertThat(LocalReads.plain("text")).isEqualTo("text");
        assertThat(LocalReads.plain(null)).isNull();
    }
}
