package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds events on the dependency parse, per sentence in this order: verbs, their senses by object and their
 * complements (active, passive, control, conjoined); nominal events ({@link NominalEvents}); then, as the last
 * sieve, the learned typer on the verbs no rule made an event at ({@link LearnedEvents}).
 */
final class EventStage implements Stage {
    /** Types whose verbs name their target as the subject of a "that" clause. */
    private static final Set<org.geokg.model.Plover> DEMANDS = Set.of(org.geokg.model.Plover.REQUEST,
            org.geokg.model.Plover.ACCUSE, org.geokg.model.Plover.THREATEN);

    /** Types whose direct object is often a measure that names its own target ("lifted sanctions on X"). */
    private static final Set<org.geokg.model.Plover> MEASURES = Set.of(org.geokg.model.Plover.CONCEDE,
            org.geokg.model.Plover.SANCTION, org.geokg.model.Plover.AID, org.geokg.model.Plover.COOPERATE);

    private final Lexicon lexicon;
    private final EventPairs pairs;
    private final Complements complements;
    private final ObjectSenses senses;
    private final NominalEvents nominal;
    /** The learned typer's rule, or null when it is off. */
    private final LearnedEvents learned;
    private final boolean frames;

    EventStage(Lexicon lexicon, ActorFinder finder, EventSource source) {
        this.lexicon = lexicon;
        this.pairs = new EventPairs(finder, new TargetFinder(lexicon, finder));
        this.complements = new Complements(lexicon, pairs);
        this.senses = new ObjectSenses(lexicon, pairs);
        this.nominal = new NominalEvents(lexicon, pairs, new JointEvents(lexicon, pairs), complements);
        this.frames = source.lexicon();
        this.learned = source.typer().map(t -> new LearnedEvents(lexicon, pairs, t, lexicon.factor("typer_floor")))
                .orElse(null);
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
            int first = doc.candidates.size();
            for (int t = 0; t < s.tokens.size(); t++) {
                String tag = Deps.tag(s, t);
                if (frames && (tag.startsWith("VB") || tag.startsWith("JJ"))) {
                    // adjectives too: "remained committed to its allies", "is opposed to the deal"
                    verb(doc, s, t);
                    complements.demandedEnd(doc, s, t);
                    complements.blamed(doc, s, t);
                } else if (frames && tag.startsWith("NN")) {
                    nominal.noun(doc, s, t);
                }
            }
            if (frames) {
                complements.borrow(doc, s);
            }
            if (learned != null) {
                // the last sieve: verbs no rule made an event at, for pairs no rule linked
                for (int t = 0; t < s.tokens.size(); t++) {
                    if (Deps.tag(s, t).startsWith("VB") && !madeAt(doc, first, s, t)) {
                        learned.verb(doc, s, t, first);
                    }
                }
            }
        }
    }

    /** Whether a rule made an event at this verb (or had one stand for it) since candidate {@code before}. */
    private static boolean madeAt(Doc doc, int before, Doc.Sent s, int t) {
        for (int i = before; i < doc.candidates.size(); i++) {
            if (doc.candidates.get(i).sent == s && doc.candidates.get(i).anchor == t) {
                return true;
            }
        }
        return doc.consumed.contains(s.index + ":" + t);
    }

    private void verb(Doc doc, Doc.Sent s, int t) {
        if (doc.consumed.contains(s.index + ":" + t)) {
            return;
        }
        String lemma = Deps.lemma(s, t);
        List<Lexicon.Frame> frames = List.of();
        String phrasal = lemma;
        for (int prt : Deps.children(s, t, "compound:prt")) {
            phrasal = lemma + " " + Deps.lemma(s, prt);
            frames = lexicon.verb(phrasal);
        }
        boolean reduced = EventPairs.reduced(s, t);
        boolean passive = EventPairs.passive(s, t);
        List<Integer> subjects = EventPairs.actors(s, t);
        if (frames.isEmpty()) {
            frames = idiom(s, t, lemma);
        }
        // "put the tariffs on hold": an idiom's sense is fixed whatever the object
        boolean idiomatic = !frames.isEmpty();
        if (frames.isEmpty()) {
            frames = lexicon.verb(lemma);
        }
        // the object's sense first, even where the verb's own frames code the same type: its row knows where the
        // target is ("froze the assets of Moraes")
        if (!idiomatic && senses.apply(doc, s, t, phrasal, subjects, passive) != ObjectSenses.Outcome.UNKNOWN) {
            return;
        }
        if (frames.isEmpty() || carriesNominalEvent(s, t, lemma) || naming(s, t, lemma) || !characterised(s, t, frames)
                || accusationContent(s, t)) {
            return;
        }
        boolean misparsed = Deps.relation(s, t).equals("amod") && s.actorAt[Deps.governor(s, t)] != null;
        boolean found = false;
        for (Lexicon.Frame frame : frames) {
            List<Integer> targets = TargetFinder.slot(s, t, frame.slot(), passive);
            String method = "verb:" + frame.slot() + (passive ? ":passive" : "");
            if (frame.direct() && !passive && targets.isEmpty()) {
                // "welcomed Aliyev's decision to pardon …" parsed as welcomed(ccomp pardon(nsubj decision)): an
                // infinitive has no subject of its own, so that noun is the verb's object
                targets = infinitiveSubjects(s, t);
                method = "verb:infinitive-object";
            }
            if (reduced && frame.direct()) {
                targets = withConjuncts(s, Deps.governor(s, t));
                method = "verb:reduced-passive";
            }
            if (misparsed && frame.direct()) {
                // "signed the orders, accusing Mexico and Canada of …" parsed with "accusing" as an adjective of
                // Mexico: the noun is the object, the clause's subject acts.
                targets = withConjuncts(s, Deps.governor(s, t));
                subjects = EventPairs.subjects(s, Deps.governor(s, Deps.governor(s, t)), 0);
                method = "verb:participle";
            }
            found |= pairs.pair(doc, s, t, subjects, targets, frame, method, passive ? 0.95 : 1.0);
            if (!found && !passive && frame.slot().startsWith("prep:") && !frame.slot().equals("prep:of")) {
                // "severed diplomatic ties with the UAE": the parser hung the verb's phrase on its object.
                found = pairs.pair(doc, s, t, subjects, onObject(s, t, frame.slot().substring(5)), frame,
                        "verb:obj-" + frame.slot(), 0.9);
            }
            if (!found && frame.direct() && !passive && MEASURES.contains(frame.plover())) {
                // "eased sanctions on Syria", "suspended aid to Kyiv": the measure's own target.
                List<Integer> through = new ArrayList<>();
                for (int obj : targets) {
                    through.addAll(Deps.children(s, obj, "nmod:on", "nmod:against", "nmod:to", "nmod:for"));
                }
                // "put his tariffs on Mexican imports on hold": the parser hangs the measure's "on" on the verb.
                through.addAll(Deps.children(s, t, "obl:on", "obl:against"));
                found = pairs.pair(doc, s, t, subjects, through, frame, "verb:measure", 0.85);
            }
            if (!found && frame.direct() && !passive && DEMANDS.contains(frame.plover())) {
                // "demanded that M23 rebels withdraw", "warned that Israel would face punishment": the one asked
                // or threatened is the subject of the clause.
                found = pairs.pair(doc, s, t, subjects, TargetFinder.slot(s, t, "ccomp", false), frame, "verb:ccomp", 0.85);
                for (int c : found || frame.plover() != org.geokg.model.Plover.THREATEN ? List.<Integer>of()
                        : Deps.children(s, t, "ccomp")) {
                    // "warned that his country would use nuclear weapons if South Korea attacked it"
                    found = complements.subtree().within(doc, s, c, subjects, frame, true, "verb:subtree:threat");
                }
            }
        }
        if (!found) {
            found = complements.committed(doc, s, t, subjects, frames);
        }
        if (!found && !subjects.isEmpty()) {
            found = complements.mutual(doc, s, t, subjects, frames);
        }
        if (!found) {
            found = complements.counterpart(doc, s, t, subjects, frames);
        }
        if (!found) {
            complements.untargeted(doc, s, t, subjects, frames);
        }
    }

    private static List<Integer> infinitiveSubjects(Doc.Sent s, int t) {
        List<Integer> out = new ArrayList<>();
        for (int c : Deps.children(s, t, "ccomp")) {
            boolean infinitive = Deps.children(s, c, "mark").stream()
                    .anyMatch(m -> s.tokens.get(m).word().equalsIgnoreCase("to"));
            for (int subj : infinitive ? Deps.children(s, c, "nsubj") : List.<Integer>of()) {
                if (Deps.tag(s, subj).startsWith("NN")) {
                    out.add(subj);
                }
            }
        }
        return out;
    }

    private static List<Integer> onObject(Doc.Sent s, int t, String prep) {
        List<Integer> out = new ArrayList<>();
        for (int obj : Deps.children(s, t, "obj")) {
            out.addAll(Deps.children(s, obj, "nmod:" + prep));
        }
        return out;
    }

    /** "put the tariffs on hold", "took him into custody": a verb with a fixed prepositional phrase. */
    private List<Lexicon.Frame> idiom(Doc.Sent s, int t, String lemma) {
        for (int obl : Deps.children(s, t, "obl:")) {
            String rel = Deps.relation(s, obl);
            String prep = rel.contains(":") ? rel.substring(rel.indexOf(':') + 1) : "";
            List<Lexicon.Frame> frames = lexicon.verb(lemma + " " + prep + " " + Deps.lemma(s, obl));
            if (frames.isEmpty() && prep.contains("_")) {
                // "drove Ukrainian forces out of Kursk": the particle parsed as part of "out of".
                frames = lexicon.verb(lemma + " " + prep.substring(0, prep.indexOf('_')));
            }
            if (!frames.isEmpty()) {
                return frames;
            }
        }
        return List.of();
    }

    /**
     * "accused the UAE of arming the RSF", "blamed Kyiv for shelling the plant": what an accusation is about is
     * the accuser's claim, not a fact of its own (CONVENTIONS.md).
     */
    private boolean accusationContent(Doc.Sent s, int t) {
        int clause = t;
        for (int step = 0; step < 3 && (Deps.relation(s, clause).equals("xcomp")
                || Deps.relation(s, clause).startsWith("conj")); step++) {
            // "accused Hamas of refusing to free the hostages": the claim reaches down its complements
            clause = Deps.governor(s, clause);
        }
        String rel = Deps.relation(s, clause);
        int up = Deps.governor(s, clause);
        if (up < 0 || !(rel.startsWith("advcl:") || rel.startsWith("acl:") || rel.startsWith("obl:"))) {
            return false;
        }
        return lexicon.verb(Deps.lemma(s, up)).stream().anyMatch(f -> f.plover() == org.geokg.model.Plover.ACCUSE)
                && (rel.endsWith(":of") || rel.endsWith(":for"));
    }

    /** "what he called Chinese aggression": calling something a name is not a call to someone. */
    private static boolean naming(Doc.Sent s, int t, String lemma) {
        return lemma.equals("call") && (Deps.children(s, t, "obj").size() > 1 || !Deps.children(s, t, "xcomp").isEmpty());
    }

    /**
     * "depicted Lai as a parasite", "described China as a hostile force" accuse; "described the talks as useful"
     * or "described him as a friend" do not: a characterising verb needs an "as" phrase that is not praise.
     */
    private boolean characterised(Doc.Sent s, int t, List<Lexicon.Frame> frames) {
        if (frames.stream().noneMatch(f -> f.predicate().endsWith("_as"))) {
            return true;
        }
        for (int as : Deps.children(s, t, "obl:as")) {
            return !lexicon.cue("praise", Deps.lemma(s, as));
        }
        return false;
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
}
