package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import org.geokg.extract.typer.Clause;
import org.geokg.extract.typer.EventTyper;

/**
 * Rule {@code verb:typer}: a verb whose subject and object (or an oblique whose preposition can introduce a
 * recipient, from {@code typer_prep} in cues.tsv) are both actors named in the clause, and that no lexicon frame made an event of, is
 * typed by the learned typer from its sentence: "Ankara blacklisted the group", "the junta expelled the envoy".
 * The fact's confidence is the typer's probability; below {@code typer_floor} the pair gives no fact.
 */
final class LearnedEvents {
    /** Target rules that infer an actor from outside the clause. */
    private static final java.util.Set<String> INFERRED = java.util.Set.of("the-country", "done-to");

    private final Lexicon lexicon;
    private final EventPairs pairs;
    private final EventTyper typer;
    private final double floor;

    LearnedEvents(Lexicon lexicon, EventPairs pairs, EventTyper typer, double floor) {
        this.lexicon = lexicon;
        this.pairs = pairs;
        this.typer = typer;
        this.floor = floor;
    }

    /** Types the verb's pairs that no candidate of this sentence (from index {@code first} on) links already. */
    void verb(Doc doc, Doc.Sent s, int t, int first) {
        if (doc.consumed.contains(s.index + ":" + t) || lexicon.cue("reporting", Deps.lemma(s, t))) {
            // a reporting verb's subject is the source of what it reports, not an actor towards its object
            return;
        }
        boolean reduced = EventPairs.reduced(s, t);
        boolean passive = EventPairs.passive(s, t);
        List<Integer> subjects = EventPairs.actors(s, t);
        List<Integer> targets = new ArrayList<>(reduced ? List.of(Deps.governor(s, t))
                : Deps.children(s, t, passive ? "nsubj:pass" : "obj"));
        targets.addAll(Deps.children(s, t, "iobj"));
        for (int obl : Deps.children(s, t, "obl:")) {
            String rel = Deps.relation(s, obl);
            if (rel.contains(":") && lexicon.cue("typer_prep", rel.substring(rel.indexOf(':') + 1))) {
                targets.add(obl);
            }
        }
        for (int subj : subjects) {
            for (ActorFinder.Found a : pairs.finder().findAll(doc, s, subj)) {
                for (int target : targets) {
                    ActorFinder.Found b = pairs.targets().find(doc, s, target, a.entity());
                    // the pair must be in the clause: not an earlier event's actor or the last country named
                    if (b != null && !INFERRED.contains(b.how()) && !b.entity().id().equals(a.entity().id())
                            && !linked(doc, first, a, b)) {
                        typed(doc, s, t, subj, target, a, b);
                    }
                }
            }
        }
    }

    private void typed(Doc doc, Doc.Sent s, int t, int subj, int target, ActorFinder.Found a, ActorFinder.Found b) {
        int[] actor = span(s, subj);
        int[] recipient = span(s, target);
        if (actor[0] < recipient[1] && recipient[0] < actor[1]) {
            return;
        }
        String text = doc.text(s);
        EventTyper.Typed typed = typer.type(new Clause(text, actor[0] - s.begin, actor[1] - s.begin,
                recipient[0] - s.begin, recipient[1] - s.begin));
        if (typed.type() == null || typed.probability() < floor) {
            return;
        }
        String lemma = Deps.lemma(s, t).toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        Lexicon.Frame frame = new Lexicon.Frame(lemma, "typer", typed.type(), lemma, typed.probability());
        pairs.pair(doc, s, t, List.of(subj), List.of(target), frame, "verb:typer", 1.0);
    }

    private static boolean linked(Doc doc, int first, ActorFinder.Found a, ActorFinder.Found b) {
        for (int i = first; i < doc.candidates.size(); i++) {
            Doc.Candidate c = doc.candidates.get(i);
            String s = c.subject.id();
            String o = c.object.id();
            if (s.equals(a.entity().id()) && o.equals(b.entity().id())
                    || s.equals(b.entity().id()) && o.equals(a.entity().id())) {
                return true;
            }
        }
        return false;
    }

    /** Character offsets of the mention at a token, or of the token alone. */
    private static int[] span(Doc.Sent s, int token) {
        Doc.MentionRef m = s.actorAt[token];
        int from = m != null ? m.start() : token;
        int to = m != null ? m.end() - 1 : token;
        return new int[] {s.tokens.get(from).beginPosition(), s.tokens.get(to).endPosition()};
    }
}
