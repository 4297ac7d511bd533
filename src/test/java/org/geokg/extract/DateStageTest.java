package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateStageTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 8, 8);

    @Test
    void weekdaysAreTheLatestNotAfterTheArticle() {
        assertThat(DateStage.date("she said on Friday.", FRIDAY)).isEqualTo(FRIDAY);
        assertThat(DateStage.date("It was signed on Wednesday.", FRIDAY)).isEqualTo(LocalDate.of(2025, 8, 6));
        assertThat(DateStage.date("on Saturday the order came", FRIDAY)).isEqualTo(LocalDate.of(2025, 8, 2));
    }

    @Test
    void explicitMonthsAndRelativeWords() {
        assertThat(DateStage.date("MEXICO CITY, Feb. 3 \u2014 Trump paused", LocalDate.of(2025, 2, 3)))
                .isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(DateStage.date("on 11 March 2025 he was arrested", FRIDAY)).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(DateStage.date("in February, the department acted", FRIDAY)).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(DateStage.date("in December, it said", FRIDAY)).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(DateStage.date("yesterday it struck", FRIDAY)).isEqualTo(LocalDate.of(2025, 8, 7));
        assertThat(DateStage.date("last month it struck", FRIDAY)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(DateStage.date("no date here", FRIDAY)).isEqualTo(FRIDAY);
        assertThat(DateStage.date("no date here", null)).isNull();
    }
}
