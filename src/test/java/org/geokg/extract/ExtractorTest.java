package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.model.Modality;
import org.geokg.model.Plover;
import org.geokg.testing.Nlp;
import org.junit.jupiter.api.Test;

/** Each stage on small sentences, through the real CoreNLP models and the real lexicons and gazetteers. */
class ExtractorTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 8, 8);

    private static Extraction extract(String text) {
        return Nlp.extractor().extract(new Article("t", "t", FRIDAY, null, null, text));
    }

    private static List<String> triples(Extraction x) {
        return x.facts().stream().map(f -> f.subject() + " " + f.plover() + " " + f.object()).toList();
    }

    private static Fact only(Extraction x, String subject, Plover type, String object) {
        return x.facts().stream().filter(f -> f.subject().equals(subject) && f.plover() == type
                && f.object().equals(object)).findFirst().orElseThrow(() -> new AssertionError(
                "no " + subject + " " + type + " " + object + " in " + triples(x)));
    }

    @Test
    void activeVerbWithNamedCountries() {
        Extraction x = extract("China condemned Japan on Monday.");
        Fact f = only(x, "country:CHN", Plover.ACCUSE, "country:JPN");
        assertThat(f.evidence()).isEqualTo("China condemned Japan on Monday.");
        assertThat(f.date()).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(f.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(f.negated()).isFalse();
        assertThat(f.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void passiveTurnsAgentIntoSubject() {
        Extraction x = extract("Ukraine was attacked by Russia on Tuesday.");
        only(x, "country:RUS", Plover.ASSAULT, "country:UKR");
        assertThat(triples(x)).doesNotContain("country:UKR ASSAULT country:RUS");
    }

    @Test
    void appositionTeachesAPersonAndTheirCountry() {
        Extraction x = extract("Chile's foreign minister, Alberto van Klaveren, criticized Peru on Friday.");
        Entity person = x.entities().stream().filter(e -> e.name().equals("Alberto van Klaveren")).findFirst()
                .orElseThrow(() -> new AssertionError("not learnt: " + x.entities()));
        assertThat(person.country()).isEqualTo("CHL");
        only(x, person.id(), Plover.ACCUSE, "country:PER");
    }

    @Test
    void possessiveMakesTheCountryOfABody() {
        Extraction x = extract("Mexico's foreign ministry rejected the deployment of US troops.");
        Fact f = x.facts().stream().filter(t -> t.plover() == Plover.REJECT).findFirst()
                .orElseThrow(() -> new AssertionError(triples(x).toString()));
        Entity subject = x.entities().stream().filter(e -> e.id().equals(f.subject())).findFirst().orElseThrow();
        assertThat(subject.country()).isEqualTo("MEX");
        assertThat(subject.type().name()).isEqualTo("GovernmentBody");
        Entity object = x.entities().stream().filter(e -> e.id().equals(f.object())).findFirst().orElseThrow();
        assertThat(object.country()).isEqualTo("USA");
    }

    @Test
    void negationIsMarked() {
        Extraction x = extract("The European Union did not impose sanctions on Russia.");
        assertThat(x.facts()).isNotEmpty().allMatch(Fact::negated);
    }

    @Test
    void hypotheticalIsMarked() {
        Extraction x = extract("If talks fail, China could attack Taiwan.");
        Fact f = only(x, "country:CHN", Plover.ASSAULT, "country:TWN");
        assertThat(f.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(f.asserted()).isFalse();
    }

    @Test
    void reportedSpeechKeepsTheSpeaker() {
        Extraction x = extract("Zelensky said Russia attacked Kyiv overnight.");
        Fact f = only(x, "country:RUS", Plover.ASSAULT, "country:UKR");
        assertThat(f.speaker()).isEqualTo("person:volodymyr-zelensky");
        assertThat(f.modality()).isEqualTo(Modality.REPORTED);
    }

    @Test
    void pronounResolvesToThePreviousPersonSubject() {
        Extraction x = extract("Claudia Sheinbaum spoke to reporters on Friday. She rejected the US plan.");
        only(x, "person:claudia-sheinbaum", Plover.REJECT, "country:USA");
    }

    @Test
    void conjunctionsGiveOneFactPerActor() {
        Extraction x = extract("France and Germany condemned Russia and Belarus.");
        assertThat(triples(x)).contains("country:FRA ACCUSE country:RUS", "country:DEU ACCUSE country:RUS",
                "country:FRA ACCUSE country:BLR", "country:DEU ACCUSE country:BLR");
    }

    @Test
    void theOrdererActs() {
        Extraction x = extract("Trump ordered the Pentagon to strike Iran.");
        only(x, "person:donald-trump", Plover.ASSAULT, "country:IRN");
    }

    @Test
    void quotedWeIsTheSpeakersCountry() {
        Extraction x = extract("\u201CWe cooperate with the United States,\u201D Sheinbaum said on Friday.");
        Fact f = only(x, "country:MEX", Plover.COOPERATE, "country:USA");
        assertThat(f.speaker()).isEqualTo("person:claudia-sheinbaum");
        assertThat(f.quote()).contains("We cooperate");
    }

    @Test
    void negatedAcceptanceIsARejection() {
        Extraction x = extract("Mexico said it would not accept the presence of US troops on its soil.");
        Fact f = x.facts().stream().filter(t -> t.plover() == Plover.REJECT).findFirst()
                .orElseThrow(() -> new AssertionError(triples(x).toString()));
        assertThat(f.subject()).isEqualTo("country:MEX");
        assertThat(f.negated()).isFalse();
    }

    @Test
    void thePromiseIsTheFactAndTakesTheTargetOfWhatIsPromised() {
        Extraction x = extract("Iran vowed to retaliate against Israel.");
        assertThat(only(x, "country:IRN", Plover.THREATEN, "country:ISR").modality()).isEqualTo(Modality.ASSERTED);
        assertThat(triples(x)).as("the threatened act is the same event").doesNotContain("country:IRN ASSAULT country:ISR");
    }

    @Test
    void speakersTalkingAboutThemselvesAndWhatTheyCalledSomething() {
        Extraction x = extract("Taiwan's defense ministry said on Monday that it condemned what it called Beijing's"
                + " provocations.");
        Fact f = x.facts().stream().filter(t -> t.plover() == Plover.ACCUSE).findFirst()
                .orElseThrow(() -> new AssertionError(triples(x).toString()));
        assertThat(f.object()).isEqualTo("country:CHN");
        assertThat(f.subject()).contains("TWN");
    }

    @Test
    void theCountryIsTheLastOtherCountryNamed() {
        Extraction x = extract("Ukraine's air force said Russia attacked the country overnight.");
        only(x, "country:RUS", Plover.ASSAULT, "country:UKR");
    }

    @Test
    void groupsTakeTheCountryOfTheirAdjective() {
        Extraction x = extract("Iranian police arrested three Iranian activists in Tehran on Sunday.");
        Fact f = x.facts().stream().filter(t -> t.plover() == Plover.COERCE).findFirst()
                .orElseThrow(() -> new AssertionError(triples(x).toString()));
        assertThat(f.subject()).isEqualTo("cop:IRN:police");
        assertThat(f.object()).isEqualTo("org:IRN:activists");
    }

    @Test
    void nonNewsTextYieldsNothing() {
        Extraction x = extract("Preheat the oven to 200 degrees. Mix the flour and the butter, then bake for an hour.");
        assertThat(x.facts()).isEmpty();
        assertThat(x.sentences()).isEqualTo(2);
    }
}
