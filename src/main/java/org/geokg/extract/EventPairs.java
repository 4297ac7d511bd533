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
            for (ActorFinder.Found a : finder.findAll(doc, s, subj)) {
                for (int target : targets) {
                    for (ActorFinder.Found b : targets(doc, s, anchor, target, a)) {
                        found |= pair(doc, s, anchor, a, b, frame, method, factor);
                    }
                }
            }
        }
        return found;
    }

    private List<ActorFinder.Found> targets(Doc doc, Doc.Sent s, int anchor, int target, ActorFinder.Found a) {
        ActorFinder.Found b = targetFinder.find(doc, s, target, a.entity());
        if (b != null && b.how().equals("home") && b.entity().country() != null
                && b.entity().country().equals(a.entity().country())) {
            // "Germany sent supplies to flood victims in Pakistan": the victims are where the act took place
            for (int place : Deps.children(s, anchor, "obl:in")) {
                ActorFinder.Found there = finder.find(doc, s, place);
                if (there != null && there.entity().type() == org.geokg.model.ActorType.Country
                        && !there.entity().id().equals(a.entity().id())) {
                    return List.of(new ActorFinder.Found(there.entity(), b.factor(), "location"));
                }
            }
        }
        if (b != null || Deps.governor(s, target) != anchor) {
            // "the border between the two countries" places an act; it does not target the pair
            return b != null ? List.of(b) : List.of();
        }
        String own = a.entity().country();
        return GroupAnaphors.found(finder.group(doc, s, target)).stream()
                .filter(m -> own == null || !own.equals(m.entity().country())).toList();
    }

    private boolean pair(Doc doc, Doc.Sent s, int anchor, ActorFinder.Found a, ActorFinder.Found b,
                         Lexicon.Frame frame, String method, double factor) {
        // "placed its air force on alert": deploying one's own forces is not a move against them
        boolean own = frame.plover() == org.geokg.model.Plover.MOBILIZE && a.entity().country() != null
                && a.entity().country().equals(b.entity().country());
        // "Trump warned that Washington would …", "the junta warned that its troops would …": a that-clause about
        // one's own side says what the speaker will do; it is not aimed at that side
        boolean ownSide = method.startsWith("verb:ccomp") && a.entity().country() != null
                && a.entity().country().equals(b.entity().country()) && state(b.entity());
        if (own || ownSide || a.entity().id().equals(b.entity().id())) {
            return false;
        }
        add(doc, s, anchor, a.entity(), b.entity(), frame, method + actorRules(a, b), factor * a.factor() * b.factor());
        return true;
    }

    private static boolean state(org.geokg.model.Entity e) {
        return e.type() == org.geokg.model.ActorType.Country || e.type() == org.geokg.model.ActorType.GovernmentBody
                || e.type() == org.geokg.model.ActorType.MilitaryForce;
    }

    /**
     * "The two countries agreed to …", "both sides signed a truce": a mutual event between the two actors a group
     * anaphor stands for, stored once.
     */
    boolean mutualGroup(Doc doc, Doc.Sent s, int anchor, int token, Lexicon.Frame frame, String method,
                        double factor) {
        List<ActorFinder.Found> members = GroupAnaphors.found(finder.group(doc, s, token));
        return members.size() == 2 && pair(doc, s, anchor, members.get(0), members.get(1), frame, method, factor);
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

    /** "M23 fighters, backed by Rwandan troops": a participle on a noun is a passive whose patient is the noun. */
    static boolean reduced(Doc.Sent s, int t) {
        return Deps.relation(s, t).equals("acl") && Deps.tag(s, t).equals("VBN");
    }

    static boolean passive(Doc.Sent s, int t) {
        return reduced(s, t) || !Deps.children(s, t, "nsubj:pass").isEmpty()
                || !Deps.children(s, t, "aux:pass").isEmpty();
    }

    /** Who acts for a verb: its by-phrase when passive, else its subject as {@link #subjects} finds it. */
    static List<Integer> actors(Doc.Sent s, int t) {
        return passive(s, t) ? agents(s, t) : subjects(s, t, 0);
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
