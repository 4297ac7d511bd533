package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The event words fast mode parses sentences for: lexicon verbs, nouns, phrasal verbs, blame and harm cues. */
class LexiconTest {
    private final Lexicon lexicon = Lexicon.load();

    @Test
    void eventWordsAreTriggers() {
        assertThat(lexicon.trigger("condemn")).isTrue();
        assertThat(lexicon.trigger("sanction")).isTrue();
        assertThat(lexicon.trigger("strike")).isTrue();
        // "hammer out" is listed as a phrase: its verb is the trigger, not the particle
        assertThat(lexicon.trigger("hammer")).isTrue();
        assertThat(lexicon.trigger("out")).isFalse();
    }

    @Test
    void everydayWordsAreNot() {
        for (String lemma : new String[] {"be", "have", "the", "weather", "sunny", "market", "analyst"}) {
            assertThat(lexicon.trigger(lemma)).as(lemma).isFalse();
        }
    }
}
