package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Set;
import org.geokg.model.Entity;
import org.geokg.model.Plover;

/**
 * Events whose target is not a dependent of their own verb: promises and threats aimed at what is promised ("vowed
 * to retaliate against Israel"), purposes ("sent troops to fight for Russia"), mutual events between conjoined
 * subjects, demands that something end, and measures that borrow the target of a sibling clause ("signed the
 * tariff orders, accusing Mexico and Canada …").
 */
final class Complements {
    /** Types of verbs that promise or threaten an action ("agreed to", "vowed to", "pledged to"). */
    private static final Set<Plover> COMMITMENTS = Set.of(Plover.AGREE, Plover.THREATEN, Plover.SUPPORT);

    /**
     * Types of an event that may take its target from a sibling clause about the same actor: a measure or a
     * deployment ("signed the tariff orders, accusing Mexico …"). An attack or a threat names its own target when
     * it has one; borrowing one was right 2 times in 5 on the dev set.
     */
    private static final Set<Plover> BORROWERS = Set.of(Plover.SANCTION, Plover.MOBILIZE);

    /** Types of an event done towards a counterpart that the sentence's main clause names. */
    private static final Set<Plover> COUNTERPARTS = Set.of(Plover.AGREE, Plover.CONCEDE, Plover.RETREAT);

    /** Moves that answer someone else's act. */
    private static final Set<Plover> REACTIONS = Set.of(Plover.MOBILIZE, Plover.RETREAT, Plover.ASSAULT);


    /** An event with an actor and no target yet, waiting for a sibling clause's target. */
    record Open(Doc.Sent sent, int anchor, List<Integer> subjects, Lexicon.Frame frame) {
    }

    private final Lexicon lexicon;
    private final EventPairs pairs;
    private final SubtreeTargets subtree;

    Complements(Lexicon lexicon, EventPairs pairs) {
        this.lexicon = lexicon;
        this.pairs = pairs;
        this.subtree = new SubtreeTargets(pairs);
    }

    SubtreeTargets subtree() {
        return subtree;
    }

    /**
     * "agreed to supply Ukraine", "committed to working to stop trafficking into Mexico", "sent troops to fight for
     * Russia": an event with no target of its own is aimed at the first actor its complement clause names. A
     * promise of a hostile act is a threat ("pledged to counter Chinese aggression").
     */
    boolean committed(Doc doc, Doc.Sent s, int t, List<Integer> subjects, List<Lexicon.Frame> frames) {
        Lexicon.Frame frame = frames.stream().filter(f -> f.slot().equals("xcomp")).findFirst()
                .orElse(frames.stream().filter(f -> COMMITMENTS.contains(f.plover())).findFirst().orElse(frames.get(0)));
        List<Integer> complements = new ArrayList<>();
        for (int c : Deps.children(s, t, "xcomp", "advcl:to", "obl:to", "advcl")) {
            boolean commitment = COMMITMENTS.contains(frame.plover()) || frame.slot().equals("xcomp");
            // a promise's complement ("agreed to supply", "committed to working"); for other verbs only a
            // purpose ("sent troops to fight for Russia"), not "helped drive Ukrainian forces out"
            if (Deps.tag(s, c).startsWith("VB") && (hasMark(s, c, "to") || commitment
                    && (Deps.relation(s, c).equals("xcomp") || Deps.tag(s, c).equals("VBG")
                    && Deps.relation(s, c).endsWith(":to")))) {
                complements.add(c);
            }
        }
        for (int c : complements) {
            for (int target : SubtreeTargets.reachable(s, c)) {
                List<Integer> targets = new ArrayList<>(List.of(target));
                targets.addAll(Deps.children(s, target, "conj:"));
                if (pairs.pair(doc, s, t, subjects, targets, aimed(frame, s, c), "verb:complement", 0.8)) {
                    // "agreed to send troops": one fact, the promise; the promised act is not a second one.
                    doc.consumed.add(s.index + ":" + c);
                    return true;
                }
            }
        }
        return false;
    }

    /** "India and Pakistan agreed to stop firing": a mutual event between conjoined subjects of a "with" verb. */
    boolean mutual(Doc doc, Doc.Sent s, int t, List<Integer> subjects, List<Lexicon.Frame> frames) {
        return mutual(doc, s, t, subjects, frames, "verb:mutual");
    }

    /** A mutual event between conjoined subjects, or the two a group anaphor subject stands for. */
    boolean mutual(Doc doc, Doc.Sent s, int t, List<Integer> subjects, List<Lexicon.Frame> frames, String rule) {
        for (Lexicon.Frame frame : frames) {
            if (frame.slot().equals("prep:with") && subjects.size() == 1) {
                return pairs.mutualGroup(doc, s, t, subjects.get(0), frame, rule, 0.9);
            }
            if (frame.slot().equals("prep:with")) {
                boolean found = false;
                for (int i = 0; i < subjects.size(); i++) {
                    found |= pairs.pair(doc, s, t, List.of(subjects.get(i)), subjects.subList(i + 1, subjects.size()),
                            frame, rule, 0.9);
                }
                return found;
            }
        }
        return false;
    }

    /**
     * "Trump put the tariffs on hold after Sheinbaum agreed to send troops": an agreement or concession with no
     * target, in a clause subordinate to what a foreign actor did, is made to that actor.
     */
    boolean counterpart(Doc doc, Doc.Sent s, int t, List<Integer> subjects, List<Lexicon.Frame> frames) {
        Lexicon.Frame frame = frames.stream().filter(f -> COUNTERPARTS.contains(f.plover())).findFirst().orElse(null);
        // intransitive only: "released a statement" has its own object and no counterpart
        if (frame == null || !Deps.relation(s, t).startsWith("advcl") || !Deps.children(s, t, "obj").isEmpty()) {
            return false;
        }
        List<Integer> others = List.of();
        for (int up = Deps.governor(s, t), step = 0; up >= 0 && others.isEmpty() && step < 10; step++) {
            others = EventPairs.subjects(s, up, 0);
            up = Deps.governor(s, up);
        }
        boolean found = pairForeign(doc, s, t, subjects, others, frame, "verb:counterpart", true,
                other -> pairs.finder().find(doc, s, other));
        if (found) {
            Deps.children(s, t, "xcomp").forEach(c -> doc.consumed.add(s.index + ":" + c));
        }
        return found;
    }

    /**
     * "placed its air force on alert a day after India suspended the treaty", "pulled out of Vuhledar after weeks
     * of Russian assaults": a move with no target of its own answers whoever acted in its "after" clause.
     */
    private boolean reaction(Doc doc, Doc.Sent s, int t, List<Integer> subjects, Lexicon.Frame frame) {
        List<Integer> others = new ArrayList<>();
        for (int c : Deps.children(s, t, "advcl:after", "advcl:following", "obl:after", "obl:amid")) {
            others.addAll(Deps.tag(s, c).startsWith("VB") ? Deps.children(s, c, "nsubj") : List.of(c));
            Deps.children(s, c, "nmod:of").forEach(others::add);
        }
        return pairForeign(doc, s, t, subjects, others, frame, "verb:reaction", false, other -> {
            ActorFinder.Found b = pairs.finder().find(doc, s, other);
            return b != null ? b : modifierActor(doc, s, other);
        });
    }

    /**
     * Pairs each subject that names an actor with each other (as {@code resolve} finds it) of another country, at
     * 0.6: the target is inferred, not read. The subject needs a country of its own only if {@code subjectCountry}.
     */
    private boolean pairForeign(Doc doc, Doc.Sent s, int t, List<Integer> subjects, List<Integer> others,
                                Lexicon.Frame frame, String method, boolean subjectCountry,
                                IntFunction<ActorFinder.Found> resolve) {
        boolean found = false;
        for (int subj : subjects) {
            ActorFinder.Found a = pairs.finder().find(doc, s, subj);
            if (a == null || subjectCountry && a.entity().country() == null) {
                continue;
            }
            for (int other : others) {
                ActorFinder.Found b = resolve.apply(other);
                if (b != null && b.entity().country() != null && !b.entity().country().equals(a.entity().country())) {
                    pairs.add(doc, s, t, a.entity(), b.entity(), frame, method + EventPairs.actorRules(a, b), 0.6 * a.factor() * b.factor());
                    found = true;
                }
            }
        }
        return found;
    }

    /** "Russian assaults": the actor an event noun names by its adjective. */
    private ActorFinder.Found modifierActor(Doc doc, Doc.Sent s, int noun) {
        if (lexicon.noun(Deps.lemma(s, noun)).isEmpty()) {
            return null;
        }
        for (int mod : Deps.children(s, noun, "amod", "compound", "nmod:poss")) {
            ActorFinder.Found f = pairs.finder().find(doc, s, mod);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Remembers an event with no target: a sibling clause of the same sentence may name it. */
    void untargeted(Doc doc, Doc.Sent s, int t, List<Integer> subjects, List<Lexicon.Frame> frames) {
        for (Lexicon.Frame frame : frames) {
            Lexicon.Frame f = frame.plover() == Plover.AID && SubtreeTargets.militaryObject(s, t) ? new Lexicon.Frame(frame.lemma(), frame.slot(), Plover.MOBILIZE,
                    frame.lemma() + "s_forces", frame.confidence()) : frame;
            if (REACTIONS.contains(f.plover()) && reaction(doc, s, t, subjects, f)) {
                return;
            }
            if (f.plover() == Plover.AID && !subjects.isEmpty() && SubtreeTargets.aidNamed(s, t)
                    && subtree.within(doc, s, t, subjects, f, false, "verb:subtree:aid")) {
                return;
            }
            if (BORROWERS.contains(f.plover()) && !subjects.isEmpty()) {
                // No guess from the nearest actor below the verb: that fallback was right 12 times in 20 on the
                // dev set. The event waits for a sibling event of the same actor to name its target.
                doc.openEvents.add(new Open(s, t, subjects, f));
                return;
            }
        }
    }

    /**
     * After a sentence: each open event takes the targets that other events of the same actor in this sentence
     * have ("signed the tariff orders, accusing Mexico and Canada of …": the tariffs are on Mexico and Canada).
     */
    void borrow(Doc doc, Doc.Sent s) {
        List<Doc.Candidate> found = doc.candidates.stream().filter(c -> c.sent == s).toList();
        for (Open o : doc.openEvents) {
            for (int subj : o.subjects()) {
                ActorFinder.Found a = pairs.finder().find(doc, s, subj);
                for (Doc.Candidate c : found) {
                    // only a hostile sibling names the target of a hostile act ("working with the DEA, seized …")
                    boolean hostile = c.frame.plover().quadClass() == Plover.QuadClass.VERBAL_CONFLICT
                            || c.frame.plover().quadClass() == Plover.QuadClass.MATERIAL_CONFLICT;
                    if (a != null && hostile && c.subject.id().equals(a.entity().id()) && c.anchor != o.anchor()) {
                        pairs.add(doc, s, o.anchor(), a.entity(), c.object, o.frame(), "verb:sibling",
                                0.7 * a.factor());
                    }
                }
            }
        }
        doc.openEvents.clear();
    }

    /**
     * "The State Department said North Korea's deployment to Russia must end": a demand, by the one who says it,
     * on whoever does what must end.
     */
    void demandedEnd(Doc doc, Doc.Sent s, int t) {
        if (!lexicon.cue("ending", Deps.lemma(s, t)) || !hasAux(s, t)) {
            return;
        }
        int say = reportingGovernor(s, t, "ccomp");
        if (say < 0) {
            return;
        }
        Lexicon.Frame frame = new Lexicon.Frame(Deps.lemma(s, t), "ccomp", Plover.REQUEST, "demands_end_of", 0.7);
        // Anchored on the saying: the demand is made, whatever the "must" says of the event.
        pairs.pair(doc, s, say, Deps.children(s, say, "nsubj"), Deps.children(s, t, "nsubj"), frame, "verb:must-end",
                0.8);
    }

    /**
     * "Teodoro said the Chinese actions were aggressive and illegal", "Bruce said China's military activities
     * worsen tensions", "said the Philippines was responsible for the incident": blame in reported speech is an
     * accusation by the speaker against whoever the clause's subject stands for.
     */
    void blamed(Doc doc, Doc.Sent s, int t) {
        String lemma = Deps.lemma(s, t);
        boolean adjective = Deps.tag(s, t).startsWith("JJ") && !Deps.children(s, t, "cop").isEmpty()
                && lexicon.cue("blame_adjective", lemma);
        if (!adjective && !(Deps.tag(s, t).startsWith("VB") && lexicon.cue("harm_verb", lemma))) {
            return;
        }
        int say = reportingGovernor(s, t, "ccomp", "dep");
        if (say < 0 || hasNegation(s, t)) {
            return;
        }
        List<Integer> blamed = EventPairs.subjects(s, t, 0);
        Lexicon.Frame frame = new Lexicon.Frame(lemma, "ccomp", Plover.ACCUSE, "blames", 0.6);
        pairs.pair(doc, s, say, Deps.children(s, say, "nsubj"), blamed, frame, "verb:blame", 0.8);
    }

    /**
     * The verb governing {@code t} through the first of the relations that does, if it is a reporting verb ("said",
     * "told"): the speaker's verb of a reported clause. Otherwise -1.
     */
    private int reportingGovernor(Doc.Sent s, int t, String... relations) {
        for (String rel : relations) {
            int up = Deps.parent(s, t, rel);
            if (up >= 0) {
                return lexicon.cue("reporting", Deps.lemma(s, up)) ? up : -1;
            }
        }
        return -1;
    }

    private boolean hasNegation(Doc.Sent s, int t) {
        return Deps.children(s, t, "advmod").stream().anyMatch(m -> lexicon.cue("negation", Deps.lemma(s, m)));
    }

    private static boolean hasAux(Doc.Sent s, int t) {
        for (int aux : Deps.children(s, t, "aux")) {
            String w = s.tokens.get(aux).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("must") || w.equals("should")) {
                return true;
            }
        }
        return false;
    }

    /** A promise to do something hostile is a threat; otherwise the verb's own type. */
    private Lexicon.Frame aimed(Lexicon.Frame frame, Doc.Sent s, int complement) {
        if (!COMMITMENTS.contains(frame.plover())) {
            return frame;
        }
        if (lexicon.cue("hostile", Deps.lemma(s, complement))) {
            return new Lexicon.Frame(frame.lemma(), frame.slot(), Plover.THREATEN,
                    "vows_to_" + Deps.lemma(s, complement), frame.confidence());
        }
        for (Lexicon.Frame inner : lexicon.verb(Deps.lemma(s, complement))) {
            Plover.QuadClass q = inner.plover().quadClass();
            if (q == Plover.QuadClass.MATERIAL_CONFLICT || inner.plover() == Plover.THREATEN) {
                return new Lexicon.Frame(frame.lemma(), frame.slot(), Plover.THREATEN,
                        "vows_to_" + inner.predicate(), frame.confidence());
            }
        }
        return frame;
    }

    private static boolean hasMark(Doc.Sent s, int t, String word) {
        return Deps.children(s, t, "mark").stream().anyMatch(m -> s.tokens.get(m).word().equalsIgnoreCase(word));
    }
}
