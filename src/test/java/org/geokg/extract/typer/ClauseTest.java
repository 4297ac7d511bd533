package org.geokg.extract.typer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClauseTest {
    @Test
    void marksTheActorXAndTheRecipientYInEitherOrder() {
        assertThat(Clause.of("Japan imposed tariffs on Korea.", "Japan", "Korea").between())
                .isEqualTo("X imposed tariffs on Y");
        assertThat(Clause.of("Korea was hit with tariffs by Japan.", "Japan", "Korea").between())
                .isEqualTo("Y was hit with tariffs by X");
    }

    @Test
    void findsTheRecipientApartFromTheActor() {
        Clause c = Clause.of("Sudan's army shelled Sudan's capital.", "Sudan's army", "Sudan");
        assertThat(c.recipientBegin()).isEqualTo(21);
    }

    @Test
    void aNameNotInTheSentenceIsAnError() {
        assertThatThrownBy(() -> Clause.of("Japan imposed tariffs.", "Japan", "Korea"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Korea' is not in the sentence");
    }
}
