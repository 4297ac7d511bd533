package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds events on the dependency parse: verbs from the lexicon with their subject and target (active, passive,
 * control, conjoined), and nominal events ("Mexico's rejection of …", "imposed sanctions on …").
 */
final class EventStage implements Stage {
    /** Verbs whose object-controlled complement is done on the orderer's behalf: "ordered the army to strike". */
    private static final Set<String> ORDER_VERBS = Set.of("order", "direct", "instruct", "authorize", "authorise",
            "command", "task");

    /** Types whose verbs name their target as the subject of a "that" clause. */
    private static final Set<org.geokg.model.Plover> DEMANDS = Set.of(org.geokg.model.Plover.REQUEST,
            org.geokg.model.Plover.ACCUSE, org.geokg.model.Plover.THREATEN);

    /** Types of verbs that promise or threaten an action ("agreed to", "vowed to", "pledged to"). */
    private static final Set<org.geokg.model.Plover> COMMITMENTS = Set.of(org.geokg.model.Plover.AGREE,
            org.geokg.model.Plover.THREATEN, org.geokg.model.Plover.SUPPORT);

    /** Types whose direct object is often a measure that names its own target ("lifted sanctions on X"). */
    private static final Set<org.geokg.model.Plover> MEASURES = Set.of(org.geokg.model.Plover.CONCEDE,
            org.geokg.model.Plover.SANCTION, org.geokg.model.Plover.AID, org.geokg.model.Plover.COOPERATE);

    private final Lexicon lexicon;
    private final ActorFinder finder;
    private final TargetFinder targetFinder;

    EventStage(Lexicon lexicon, ActorFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
        this.targetFinder = new TargetFinder(lexicon, finder);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<String> needs() {
        return Set.of("mentions", "quotes", "parse");
    }

    @Override
    public Set<String> provides() {
        return Set.of("candidates");
    }

    @Override
    public void apply(Doc doc) {
        for (Doc.Sent s : doc.sentences) {
            for (int t = 0; t < s.tokens.size(); t++) {
                String tag = Deps.tag(s, t);
                if (tag.startsWith("VB")) {
                    verb(doc, s, t);
                } else if (tag.startsWith("NN")) {
                    noun(doc, s, t);
                }
            }
        }
    }

    private void verb(Doc doc, Doc.Sent s, int t) {
        String lemma = Deps.lemma(s, t);
        List<Lexicon.Frame> frames = List.of();
        for (int prt : Deps.children(s, t, "compound:prt")) {
            frames = lexicon.verb(lemma + " " + Deps.lemma(s, prt));
        }
        if (frames.isEmpty()) {
            frames = lexicon.verb(lemma);
        }
        if (frames.isEmpty() || carriesNominalEvent(s, t, lemma)) {
            return;
        }
        boolean passive = !Deps.children(s, t, "nsubj:pass").isEmpty() || !Deps.children(s, t, "aux:pass").isEmpty();
        List<Integer> subjects = passive ? agents(s, t) : subjects(s, t, 0);
        boolean misparsed = Deps.relation(s, t).equals("amod") && s.actorAt[Deps.governor(s, t)] != null;
        boolean found = false;
        for (Lexicon.Frame frame : frames) {
            List<Integer> targets = TargetFinder.slot(s, t, frame.slot(), passive);
            String method = "verb:" + frame.slot() + (passive ? ":passive" : "");
            if (misparsed && frame.direct()) {
                // "signed the orders, accusing Mexico and Canada of …" parsed with "accusing" as an adjective of
                // Mexico: the noun is the object, the clause's subject acts.
                targets = withConjuncts(s, Deps.governor(s, t));
                subjects = subjects(s, Deps.governor(s, Deps.governor(s, t)), 0);
                method = "verb:participle";
            }
            found |= pair(doc, s, t, subjects, targets, frame, method, passive ? 0.95 : 1.0);
            if (!found && frame.direct() && !passive && MEASURES.contains(frame.plover())) {
                // "eased sanctions on Syria", "suspended aid to Kyiv": the measure's own target.
                List<Integer> through = new ArrayList<>();
                for (int obj : targets) {
                    through.addAll(Deps.children(s, obj, "nmod:on", "nmod:against", "nmod:to", "nmod:for"));
                }
                found = pair(doc, s, t, subjects, through, frame, "verb:measure", 0.85);
            }
            if (!found && frame.direct() && !passive && DEMANDS.contains(frame.plover())) {
                // "demanded that M23 rebels withdraw", "warned that Israel would face punishment": the one asked
                // or threatened is the subject of the clause.
                found = pair(doc, s, t, subjects, TargetFinder.slot(s, t, "ccomp", false), frame, "verb:ccomp", 0.85);
            }
        }
        if (!found) {
            found = committed(doc, s, t, subjects, frames);
        }
        if (!found && subjects.size() > 1) {
            mutual(doc, s, t, subjects, frames);
        }
    }

    /**
     * "agreed to supply Ukraine", "vowed to retaliate against Israel": a commitment or threat with no target of
     * its own is aimed at the target of what is promised.
     */
    private boolean committed(Doc doc, Doc.Sent s, int t, List<Integer> subjects, List<Lexicon.Frame> frames) {
        Lexicon.Frame frame = frames.stream().filter(f -> COMMITMENTS.contains(f.plover())).findFirst().orElse(null);
        if (frame == null) {
            return false;
        }
        List<Integer> promised = new ArrayList<>();
        for (int x : Deps.children(s, t, "xcomp")) {
            promised.addAll(Deps.children(s, x, "obj", "iobj"));
            promised.addAll(Deps.children(s, x, "obl:"));
        }
        promised.removeIf(o -> s.actorAt[o] == null);
        return pair(doc, s, t, subjects, promised, frame, "verb:xcomp", 0.85);
    }

    /** "India and Pakistan agreed to stop firing": a mutual event between conjoined subjects of a "with" verb. */
    private void mutual(Doc doc, Doc.Sent s, int t, List<Integer> subjects, List<Lexicon.Frame> frames) {
        for (Lexicon.Frame frame : frames) {
            if (frame.slot().equals("prep:with")) {
                for (int i = 0; i < subjects.size(); i++) {
                    pair(doc, s, t, List.of(subjects.get(i)), subjects.subList(i + 1, subjects.size()), frame,
                            "verb:mutual", 0.9);
                }
                return;
            }
        }
    }

    private static List<Integer> withConjuncts(Doc.Sent s, int token) {
        List<Integer> out = new java.util.ArrayList<>(List.of(token));
        out.addAll(Deps.children(s, token, "conj:"));
        return out;
    }

    /** "struck a deal with", "gave Moscow a deadline": the noun's event, not the verb's, is the one meant. */
    private boolean carriesNominalEvent(Doc.Sent s, int t, String lemma) {
        if (!lexicon.lightVerb(lemma)) {
            return false;
        }
        for (int obj : Deps.children(s, t, "obj")) {
            if (!lexicon.noun(Deps.lemma(s, obj)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void noun(Doc doc, Doc.Sent s, int n) {
        List<Lexicon.Frame> frames = lexicon.noun(Deps.lemma(s, n));
        if (frames.isEmpty()) {
            return;
        }
        // "one of its largest attacks", "a package of sanctions": the quantity noun carries the event.
        int head = Deps.relation(s, n).equals("nmod:of") && Deps.tag(s, Deps.governor(s, n)).startsWith("NN")
                ? Deps.governor(s, n) : n;
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
        List<Integer> actors = new ArrayList<>();
        for (int mod : Deps.children(s, n, "nmod:poss", "amod", "compound")) {
            if (s.actorAt[mod] != null) {
                actors.add(mod);
            }
        }
        if (actors.isEmpty() && carried) {
            actors.addAll(passive ? agents(s, light) : subjects(s, light, 0));
        }
        for (Lexicon.Frame frame : frames) {
            if (!frame.slot().startsWith("prep:")) {
                continue;
            }
            String prep = frame.slot().substring(5);
            List<Integer> targets = new ArrayList<>(Deps.children(s, n, "nmod:" + prep));
            if (carried) {
                targets.addAll(Deps.children(s, light, "obl:" + prep));
            }
            pair(doc, s, carried ? light : n, actors, targets, frame, "noun:" + prep, carried ? 0.9 : 0.85);
        }
    }

    private boolean pair(Doc doc, Doc.Sent s, int anchor, List<Integer> subjects, List<Integer> targets,
                         Lexicon.Frame frame, String method, double factor) {
        boolean found = false;
        for (int subj : subjects) {
            ActorFinder.Found a = finder.find(doc, s, subj);
            if (a == null) {
                continue;
            }
            for (int target : targets) {
                ActorFinder.Found b = targetFinder.find(doc, s, target, a.entity());
                if (b != null && !a.entity().id().equals(b.entity().id())) {
                    doc.candidates.add(new Doc.Candidate(s, anchor, a.entity(), b.entity(), frame, method,
                            factor * a.factor() * b.factor()));
                    doc.lastActorByType.put(frame.plover(), a.entity());
                    found = true;
                }
            }
        }
        return found;
    }

    private static List<Integer> agents(Doc.Sent s, int t) {
        return Deps.children(s, t, "obl:agent", "obl:by");
    }

    /** Who acts: the subject; for an ordered action the orderer; else the subject of the clause it hangs from. */
    static List<Integer> subjects(Doc.Sent s, int t, int depth) {
        int governor = Deps.parent(s, t, "xcomp");
        if (governor >= 0 && ORDER_VERBS.contains(Deps.lemma(s, governor)) && depth < 3) {
            return subjects(s, governor, depth + 1);
        }
        List<Integer> subj = Deps.children(s, t, "nsubj");
        if (subj.isEmpty()) {
            subj = Deps.children(s, t, "nsubj:xsubj");
        }
        if (subj.isEmpty() && depth < 3) {
            String rel = Deps.relation(s, t);
            if (rel.equals("xcomp") || rel.startsWith("conj") || rel.startsWith("advcl")) {
                return subjects(s, Deps.governor(s, t), depth + 1);
            }
        }
        return subj;
    }
}
