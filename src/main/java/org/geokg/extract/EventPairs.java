package org.geokg.extract;

import java.util.List;
import java.util.Set;

/**
 * Turns the subject and target tokens an event rule found into candidates: each subject that is an actor with
 * each target that is (or stands for) another actor. Also who acts for a verb: its subject, its by-phrase when
 * passive, the orderer of an ordered action, or the controller of a complement.
 */
final class EventPairs {
    /** Verbs whose object-controlled complement is done on the orderer's behalf: "ordered the army to strike". */
    private static final Set<String> ORDER_VERBS = Set.of("order", "direct", "instruct", "authorize", "authorise",
            "command", "task");

    private final ActorFinder finder;
    private final TargetFinder targetFinder;

    EventPairs(ActorFinder finder, TargetFinder targetFinder) {
        this.finder = finder;
        this.targetFinder = targetFinder;
    }

    ActorFinder finder() {
        return finder;
    }

    TargetFinder targets() {
        return targetFinder;
    }

    boolean pair(Doc doc, Doc.Sent s, int anchor, List<Integer> subjects, List<Integer> targets,
                 Lexicon.Frame frame, String method, double factor) {
        boolean found = false;
        for (int subj : subjects) {
            ActorFinder.Found a = finder.find(doc, s, subj);
            if (a == null) {
                continue;
            }
            for (int target : targets) {
                ActorFinder.Found b = targetFinder.find(doc, s, target, a.entity());
                // "placed its air force on alert": deploying one's own forces is not a move against them
                boolean own = frame.plover() == org.geokg.model.Plover.MOBILIZE && a.entity().country() != null
                        && a.entity().country().equals(b == null ? null : b.entity().country());
                if (b != null && !own && !a.entity().id().equals(b.entity().id())) {
                    add(doc, s, anchor, a.entity(), b.entity(), frame, method + actorRules(a, b),
                            factor * a.factor() * b.factor());
                    found = true;
                }
            }
        }
        return found;
    }

    /**
     * The actor rules behind a pair, when either side was not simply named: "+s:it-previous", "+o:body". The
     * evaluator credits each rule of a fact, so an actor rule's precision is measured like an event rule's.
     */
    static String actorRules(ActorFinder.Found a, ActorFinder.Found b) {
        return rule("s", a) + rule("o", b);
    }

    private static String rule(String side, ActorFinder.Found f) {
        return f == null || f.how().equals("name") || f.how().equals("ner") ? "" : "+" + side + ":" + f.how();
    }

    void add(Doc doc, Doc.Sent s, int anchor, org.geokg.model.Entity subject, org.geokg.model.Entity object,
             Lexicon.Frame frame, String method, double factor) {
        doc.candidates.add(new Doc.Candidate(s, anchor, subject, object, frame, method, factor));
        doc.lastActorByType.put(frame.plover(), subject);
    }

    static List<Integer> agents(Doc.Sent s, int t) {
        return Deps.children(s, t, "obl:agent", "obl:by");
    }

    /**
     * Who acts: the subject; for an ordered action the orderer; for "accused the government of surrendering" the
     * accused; else the subject of the clause it hangs from.
     */
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
            if ((rel.equals("advcl:of") || rel.equals("advcl:for")) && Deps.tag(s, t).equals("VBG")) {
                List<Integer> accused = Deps.children(s, Deps.governor(s, t), "obj");
                if (!accused.isEmpty()) {
                    return accused;
                }
            }
            if (rel.equals("xcomp") || rel.startsWith("conj") || rel.startsWith("advcl")) {
                return subjects(s, Deps.governor(s, t), depth + 1);
            }
            if (rel.equals("dep") && !Deps.tag(s, t).equals("VBG")
                    && !Deps.children(s, Deps.governor(s, t), "obj").isEmpty()) {
                // "said Japan was concerned about …" parsed as said(obj Japan, dep concerned): Japan is the subject
                return Deps.children(s, Deps.governor(s, t), "obj");
            }
            if (rel.equals("dep") && Deps.tag(s, t).equals("VBG")) {
                // "expelled two diplomats, accusing them of spying" parsed loosely: the main verb's subject
                return subjects(s, Deps.governor(s, t), depth + 1);
            }
            if (rel.equals("acl") && Deps.tag(s, t).equals("VBG")) {
                // "Colombian police, working with the DEA, …": the noun the participle describes acts. But
                // "froze the assets of X, accusing him of …": a participle hung on a verb's object is the verb's
                // own adverbial clause, and the verb's subject acts.
                int noun = Deps.governor(s, t);
                String nounRel = Deps.relation(s, noun);
                return nounRel.equals("obj") || nounRel.startsWith("obl") ? subjects(s, Deps.governor(s, noun),
                        depth + 1) : List.of(noun);
            }
            if (rel.equals("dep") && Deps.children(s, t, "mark").stream()
                    .anyMatch(m -> s.tokens.get(m).word().equalsIgnoreCase("to"))) {
                // "supporters gathered outside the base, where he was held, to protest": a purpose clause the
                // parser hung on the wrong verb belongs to the sentence's main clause.
                int root = Deps.root(s);
                return root < 0 || root == t ? subj : Deps.children(s, root, "nsubj");
            }
        }
        return subj;
    }
}
