package org.geokg.extract.typer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped typer on small sentences of every type and of no event, none of them in its training data: the real
 * ONNX encoder and the real model file.
 */
class EventTyperTest {
    private static final EventTyper TYPER = EventTyper.shipped().orElseThrow();

    private static final String[][] CASES = {
            {"AGREE", "Chile", "Peru", "Chile promised on Friday to supply Peru with emergency electricity this winter."},
            {"CONSULT", "Kazakhstan", "Uzbekistan", "The president of Kazakhstan flew to Tashkent for talks with Uzbekistan's leader."},
            {"SUPPORT", "Ghana", "Togo", "Ghana voiced strong support for Togo's bid to host the regional summit."},
            {"CONCEDE", "Canada", "India", "Canada lifted the visa restrictions it had placed on India last year."},
            {"COOPERATE", "Spain", "Morocco", "Spain and Morocco began joint patrols to stop smugglers in the strait."},
            {"AID", "Norway", "Mozambique", "Norway sent 40 tonnes of food and medicine to flood-hit Mozambique."},
            {"RETREAT", "the rebels", "Malian soldiers", "After weeks of talks the rebels freed 12 Malian soldiers they had held since March."},
            {"REQUEST", "The African Union", "Ethiopia", "The African Union urged Ethiopia to open the roads to aid convoys."},
            {"ACCUSE", "Pakistan", "India", "Pakistan accused India of sponsoring the bombing of a train in Balochistan."},
            {"REJECT", "Venezuela", "Guyana", "Venezuela flatly rejected Guyana's proposal to take the border case to court."},
            {"THREATEN", "North Korea", "Japan", "North Korea warned Japan it would pay a heavy price for joining the drills."},
            {"PROTEST", "Thousands of students", "the government", "Thousands of students marched against the government in Dhaka on Monday."},
            {"SANCTION", "Australia", "Iran", "Australia imposed financial sanctions on Iran over its drone exports."},
            {"MOBILIZE", "Azerbaijan", "Armenia", "Azerbaijan moved tanks and artillery to its frontier with Armenia overnight."},
            {"COERCE", "Police", "opposition leaders", "Police arrested three opposition leaders at their homes before dawn."},
            {"ASSAULT", "Myanmar's military", "villages", "Myanmar's military bombed villages held by resistance fighters in Sagaing."},
            {"NONE", "Argentina", "Uruguay", "Argentina beat Uruguay 3-1 in a World Cup qualifier in Buenos Aires."},
    };

    @TestFactory
    Stream<DynamicTest> typesEachKindOfEvent() {
        return Stream.of(CASES).map(c -> DynamicTest.dynamicTest(c[0] + ": " + c[3], () -> {
            EventTyper.Typed t = TYPER.type(Clause.of(c[3], c[1], c[2]));
            assertThat(t.type() == null ? EventTyper.NONE : t.type().name()).isEqualTo(c[0]);
        }));
    }
}
