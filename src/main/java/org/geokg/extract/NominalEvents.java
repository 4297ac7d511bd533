package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Nominal events (rules {@code noun:*}): an event noun from nouns.tsv with a possessor or adjective as its actor
 * ("Mexico's rejection of …"), or carried by a light verb whose subject acts ("imposed sanctions on …", "pressed
 * ahead with drills around …"); a with-event between a light verb's conjoined subjects is mutual.
 */
final class NominalEvents {
    /** What a speaker can call something: a warning, a threat, an insult; not an attack. */
    private static final Set<org.geokg.model.Plover.QuadClass> VERBAL = Set.of(
            org.geokg.model.Plover.QuadClass.VERBAL_CONFLICT, org.geokg.model.Plover.QuadClass.VERBAL_COOPERATION);

    private final Lexicon lexicon;
    private final EventPairs pairs;
    private final JointEvents joints;
    private final Complements complements;

    NominalEvents(Lexicon lexicon, EventPairs pairs, JointEvents joints, Complements complements) {
        this.lexicon = lexicon;
        this.pairs = pairs;
        this.joints = joints;
        this.complements = complements;
    }

    void noun(Doc doc, Doc.Sent s, int n) {
        List<Lexicon.Frame> frames = lexicon.noun(Deps.lemma(s, n));
        if (frames.isEmpty() || Deps.tag(s, n).equals("NNS") && lexicon.cue("singular_event", Deps.lemma(s, n))
                || s.actorAt[n] != null || pairs.finder().find(doc, s, n) != null) {
            // "its air force", "Ukrainian forces": a body, not an event
            return;
        }
        // "one of its largest attacks", "a package of sanctions": the quantity noun carries the event.
        // "the tariff orders": the compound's head carries it too.
        String rel = Deps.relation(s, n);
        int up = Deps.governor(s, n);
        boolean measure = rel.equals("compound") && up >= 0 && lexicon.cue("measure_noun", Deps.lemma(s, up));
        int head = (rel.equals("nmod:of") || measure) && Deps.tag(s, up).startsWith("NN") ? up : n;
        int light = Deps.parent(s, head, "obj");
        boolean passive = false;
        if (light < 0) {
            light = Deps.parent(s, head, "nsubj:pass");
            passive = light >= 0;
        }
        boolean carried = light >= 0 && lexicon.lightVerb(Deps.lemma(s, light));
        if (!carried) {
            // "pressed ahead with exercises around Taiwan", "retaliated with strikes on …": done by the subject.
            light = Deps.parent(s, head, "obl:with");
            carried = light >= 0 && Deps.tag(s, light).startsWith("VB");
        }
        double carrier = 0.9;
        if (!carried) {
            // "drills the command described as a stern warning to Taiwan": the describer's warning.
            light = Deps.parent(s, head, "obl:as");
            carried = light >= 0 && lexicon.cue("characterising", Deps.lemma(s, light))
                    && frames.stream().allMatch(f -> VERBAL.contains(f.plover().quadClass()));
        }
        List<Integer> actors = new ArrayList<>();
        for (int mod : Deps.children(s, n, "nmod:poss", "amod", "compound")) {
            if (s.actorAt[mod] != null) {
                actors.add(mod);
            }
        }
        if (actors.isEmpty() && carried) {
            actors.addAll(passive ? EventPairs.agents(s, light) : EventPairs.subjects(s, light, 0));
        }
        boolean found = carried && joints.joint(doc, s, n, light, frames);
        for (Lexicon.Frame frame : found ? List.<Lexicon.Frame>of() : frames) {
            if (!frame.slot().startsWith("prep:")) {
                continue;
            }
            String prep = frame.slot().substring(5);
            List<Integer> targets = new ArrayList<>(Deps.children(s, n, "nmod:" + prep));
            if (carried) {
                targets.addAll(Deps.children(s, light, "obl:" + prep));
            }
            found |= pairs.pair(doc, s, carried ? light : n, actors, targets, frame, "noun:" + prep,
                    carried ? carrier : 0.85);
        }
        if (!found && carried && !passive) {
            // "Zelenskyy and Trump held a meeting", "the two countries signed an accord": a with-event between
            // the light verb's conjoined subjects.
            found = complements.mutual(doc, s, light, EventPairs.subjects(s, light, 0), frames, "noun:mutual");
        }
        if (!found && carried) {
            complements.untargeted(doc, s, light, actors, frames);
        }
    }
}
