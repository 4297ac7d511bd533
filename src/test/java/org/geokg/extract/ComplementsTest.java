package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Events whose target is not the verb's own dependent (promises, purposes, counterparts, demands, sibling clauses,
 * scattered targets), the references that feed them, and inputs of every size: real CoreNLP, real lexicons.
 */
class ComplementsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 10);

    private static Extraction extract(String text) {
        return Nlp.extractor().extract(new Article("c", "c", DAY, null, null, text));
    }

    private static List<String> triples(Extraction x) {
        return x.facts().stream().map(f -> f.subject() + " " + f.plover() + " " + f.object()).toList();
    }

    private static void has(Extraction x, String subject, Plover type, String object) {
        assertThat(triples(x)).contains(subject + " " + type + " " + object);
    }

    @Test
    void aWireDatelineIsNotTheSubject() {
        Extraction x = extract("NEW DELHI, May 10 — India and Pakistan agreed on Saturday to stop all firing.");
        assertThat(triples(x)).containsAnyOf("country:IND AGREE country:PAK", "country:PAK AGREE country:IND");
        assertThat(x.facts().get(0).evidence()).startsWith("India and Pakistan agreed");
    }

    @Test
    void aDemandThatSomethingEndIsARequestToWhoeverDoesIt() {
        Extraction x = extract("The U.S. State Department said North Korea's deployment to Russia must end.");
        has(x, "gov:USA:state-department", Plover.REQUEST, "country:PRK");
        Fact demand = x.facts().stream().filter(f -> f.plover() == Plover.REQUEST).findFirst().orElseThrow();
        assertThat(demand.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aPurposeClauseNamesTheTarget() {
        has(extract("North Korea sent troops to fight for Russia."), "country:PRK", Plover.AID, "country:RUS");
    }

    @Test
    void anAgreementInASubordinateClauseIsMadeToTheMainActor() {
        Extraction x = extract("Donald Trump paused the tariffs after Mexican President Claudia Sheinbaum agreed to "
                + "send troops to the border.");
        has(x, "person:claudia-sheinbaum", Plover.AGREE, "person:donald-trump");
        assertThat(triples(x)).as("the promised act is the same fact, not a second one")
                .noneMatch(t -> t.startsWith("person:claudia-sheinbaum MOBILIZE"));
    }

    @Test
    void aMeasureTakesTheTargetsOfItsSiblingClause() {
        Extraction x = extract("Donald Trump signed the tariff orders on Saturday, accusing Mexico and Canada of "
                + "allowing fentanyl to pour into the United States.");
        has(x, "person:donald-trump", Plover.SANCTION, "country:MEX");
        has(x, "person:donald-trump", Plover.SANCTION, "country:CAN");
        has(x, "person:donald-trump", Plover.ACCUSE, "country:MEX");
    }

    /** The below-the-verb fallback is gone (right 12 times in 20 on the dev set): no target is guessed. */
    @Test
    void aStrikeWithoutATargetOfItsOwnGuessesNone() {
        Extraction x = extract("India fired missiles at what it called terrorist infrastructure at nine sites in "
                + "Pakistan.");
        assertThat(triples(x)).doesNotContain("country:IND ASSAULT country:PAK");
    }

    @Test
    void characterisingAccusesUnlessItPraises() {
        has(extract("Taiwan's President Lai Ching-te described China as a foreign hostile force."),
                "person:lai-ching-te", Plover.ACCUSE, "country:CHN");
        assertThat(triples(extract("Donald Trump described Vladimir Putin as a friend.")))
                .noneMatch(t -> t.contains("ACCUSE"));
    }

    @Test
    void promisingAHostileActIsAThreat() {
        has(extract("U.S. Defense Secretary Pete Hegseth pledged to counter what he called Chinese aggression."),
                "person:pete-hegseth", Plover.THREATEN, "country:CHN");
    }

    @Test
    void theAccusedDoesWhatTheyAreAccusedOfAndTheGovernmentIsTheStorysCountry() {
        Extraction x = extract("Philippine police arrested former President Rodrigo Duterte on Tuesday. Vice "
                + "President Sara Duterte accused the government of surrendering her father to a foreign court.");
        has(x, "person:sara-duterte", Plover.ACCUSE, "country:PHL");
        assertThat(triples(x)).noneMatch(t -> t.endsWith("person:sara-duterte"));
    }

    @Test
    void objectPronounsAndRelativeClauses() {
        Extraction x = extract("Philippine police arrested Rodrigo Duterte on a warrant from the International "
                + "Criminal Court, which accuses him of crimes against humanity.");
        has(x, "cop:PHL:police", Plover.COERCE, "person:rodrigo-duterte");
        has(x, "igo:icc", Plover.ACCUSE, "person:rodrigo-duterte");
    }

    @Test
    void aProtestAgainstSomeonesArrestIsAimedAtWhoeverArrestedThem() {
        Extraction x = extract("Philippine police arrested Rodrigo Duterte on Tuesday. Dozens of Duterte supporters "
                + "gathered outside the air base to protest against his arrest.");
        has(x, "org:PHL:supporters", Plover.PROTEST, "cop:PHL:police");
    }

    @Test
    void anUnnamedOfficialActsForTheirCountryAndIsNamedAsWritten() {
        Extraction x = extract("Pakistan's director general of military operations telephoned his Indian "
                + "counterpart on Saturday.");
        has(x, "country:PAK", Plover.CONSULT, "country:IND");
        assertThat(x.mentions()).anyMatch(m -> m.text().equals("Pakistan's director general of military operations"));
        assertThat(x.mentions()).anyMatch(m -> m.text().equals("Indian counterpart"));
    }

    @Test
    void aJointActivityIsMutualCooperation() {
        assertThat(triples(extract("The Indian and Japanese coast guards held a joint exercise off Chennai.")))
                .containsAnyOf("country:IND COOPERATE country:JPN", "country:JPN COOPERATE country:IND");
    }

    @Test
    void aParticipleActsForTheNounItDescribesButLendsNoTargetToAHostileAct() {
        Extraction x = extract("Colombian police, working with the U.S. Drug Enforcement Administration, seized "
                + "eight tonnes of cocaine on Saturday.");
        has(x, "cop:COL:police", Plover.COOPERATE, "cop:USA:dea");
        assertThat(triples(x)).noneMatch(t -> t.contains("COERCE"));
    }

    @Test
    void aWarningIsAimedAtWhoeverItsConditionNames() {
        has(extract("North Korean leader Kim Jong Un warned on Thursday that his country would use nuclear weapons "
                + "if South Korea attacked it."), "person:kim-jong-un", Plover.THREATEN, "country:KOR");
    }

    @Test
    void themIsTheObjectBefore() {
        Extraction x = extract("Russia expelled two British diplomats on Monday, accusing them of spying.");
        has(x, "country:RUS", Plover.SANCTION, "country:GBR");
        has(x, "country:RUS", Plover.ACCUSE, "country:GBR");
    }

    @Test
    void aMoveAnswersWhoeverActedBeforeIt() {
        Extraction x = extract("Pakistan placed its air force on high alert along the Line of Control on Thursday"
                + " after India suspended a water-sharing treaty between the two countries.");
        has(x, "country:PAK", Plover.MOBILIZE, "country:IND");
        assertThat(triples(x)).noneMatch(t -> t.contains("ASSAULT"));
    }

    @Test
    void sendingExportsIsNotAidButSendingReliefIs() {
        assertThat(triples(extract("Mexico sends more than 80% of its exports to the United States.")))
                .noneMatch(t -> t.contains("AID"));
        has(extract("Turkey sent two cargo planes carrying relief supplies to Myanmar on Sunday."), "country:TUR",
                Plover.AID, "country:MMR");
    }

    @Test
    void blameInReportedSpeechIsTheSpeakersAccusation() {
        has(extract("Philippine Defense Secretary Gilberto Teodoro said the Chinese actions were aggressive and "
                + "illegal."), "person:gilberto-teodoro", Plover.ACCUSE, "country:CHN");
        assertThat(triples(extract("Philippine Defense Secretary Gilberto Teodoro said the Chinese actions were not "
                + "illegal."))).noneMatch(t -> t.contains("ACCUSE"));
    }

    @Test
    void anOfficialSpeakingForTheirStateIsTheActor() {
        has(extract("U.S. Secretary of State Marco Rubio said the United States backed Guyana's position."),
                "person:marco-rubio", Plover.SUPPORT, "country:GUY");
    }

    @Test
    void aHeadlineIsEnough() {
        has(extract("Sheinbaum rejects US military presence in Mexico"), "person:claudia-sheinbaum", Plover.REJECT,
                "mil:USA:military");
    }

    @Test
    void aLongArticleKeepsEveryEvidenceVerbatimAndEveryCountry() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; text.toString().split("\\s+").length < 5200; i++) {
            try (var files = Files.list(Path.of("src/test/resources/articles"))) {
                for (Path p : files.filter(f -> f.getFileName().toString().startsWith("h")).sorted().toList()) {
                    text.append(GoldArticle.read(p).get(0).article().text()).append("\n\n");
                }
            }
        }
        Extraction x = extract(text.toString());
        assertThat(x.facts()).hasSizeGreaterThan(20);
        for (Fact f : x.facts()) {
            assertThat(text.toString()).contains(f.evidence());
            assertThat(text.substring(f.provenance().begin(), f.provenance().end())).isEqualTo(f.evidence());
            for (String id : List.of(f.subject(), f.object())) {
                Entity e = x.entities().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
                if (e.id().startsWith("country:") || e.id().matches("[a-z]+:[A-Z]{3}:.*")) {
                    assertThat(e.country()).as(e.id()).isNotNull();
                }
            }
        }
    }
}
