package org.geokg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geokg.model.ActorType;
import org.geokg.model.Entity;

/**
 * Targets the parser scattered below a verb: "fired missiles at what it called terrorist infrastructure at nine
 * sites in Pakistan", "imposed tariffs of up to 35% on vehicles imported from China". The nearest actors or
 * places below the verb, never its subject; foreign ones, except for armed groups fighting at home.
 */
final class SubtreeTargets {
    private static final Set<String> MILITARY_NOUNS = Set.of("troop", "soldier", "force", "aircraft", "warship",
            "ship", "unit", "jet", "vessel", "tank", "missile", "drone", "battalion", "brigade", "division",
            "fighter", "bomber", "destroyer", "frigate", "carrier", "submarine", "guard", "member", "personnel");

    /** "cargo planes", "relief flights", "rescue teams": sent to help, not to deploy. */
    private static final Set<String> CIVIL_MODIFIERS = Set.of("cargo", "relief", "aid", "humanitarian", "rescue",
            "medical", "passenger", "search-and-rescue");

    /** Words that make sending something aid ("relief supplies", "weapons"), not trade ("its exports"). */
    private static final Set<String> AID_WORDS = Set.of("aid", "relief", "humanitarian", "supply", "assistance",
            "rescue", "weapon", "arm", "ammunition", "food", "medicine", "vaccine", "tent", "blanket", "fuel");

    /** Participles of where something is going: "an aid boat bound for Gaza" is not aimed at Gaza. */
    private static final Set<String> DESTINATIONS = Set.of("bound", "bind", "headed", "head", "destined", "destine",
            "heading");

    /** Sectors of armed groups whose attacks at home are still attacks on their country. */
    private static final Set<String> NON_STATE = Set.of("REB", "CRM", "INS", "MIL_NS", "UAF", "SEP");

    private static final int DEPTH = 6;

    private final EventPairs pairs;

    SubtreeTargets(EventPairs pairs) {
        this.pairs = pairs;
    }

    /** Pairs each subject with the nearest targets below {@code t}; with {@code clauses}, clause subjects too. */
    boolean within(Doc doc, Doc.Sent s, int t, List<Integer> subjects, Lexicon.Frame frame, boolean clauses,
                   String rule) {
        boolean found = false;
        for (int subj : subjects) {
            ActorFinder.Found a = pairs.finder().find(doc, s, subj);
            if (a != null) {
                found |= nearest(doc, s, t, a, frame, clauses, rule);
            }
        }
        return found;
    }

    private boolean nearest(Doc doc, Doc.Sent s, int t, ActorFinder.Found a, Lexicon.Frame frame, boolean clauses,
                            String rule) {
        Set<String> seen = new HashSet<>();
        Set<Integer> taken = new HashSet<>();
        int first = -1;
        for (int[] at : reach(s, t, clauses, DEPTH)) {
            // only the nearest band: "cartels in Mexico" is one target, not also Mexico; the trade relations
            // "between Brussels and Beijing" two clauses down are not the tariffs' target
            ActorFinder.Found b = taken.contains(Deps.governor(s, at[0])) || first >= 0 && at[1] > first + 1 ? null
                    : pairs.targets().find(doc, s, at[0], a.entity());
            if (b != null && aimable(a.entity(), b.entity()) && seen.add(b.entity().id()) && seen.size() <= 3) {
                first = first < 0 ? at[1] : first;
                taken.add(at[0]);
                pairs.add(doc, s, t, a.entity(), b.entity(), frame, rule + EventPairs.actorRules(a, b), 0.6 * a.factor() * b.factor());
            }
        }
        return first >= 0;
    }

    private static boolean aimable(Entity a, Entity b) {
        if (b.country() == null) {
            return false;
        }
        boolean foreign = !b.country().equals(a.country());
        boolean armedAtHome = a.sector() != null && NON_STATE.contains(a.sector()) && b.type() == ActorType.Country;
        return foreign || armedAtHome;
    }

    /** Tokens below a clause that could name a target, nearest first; never its subject. */
    static List<Integer> reachable(Doc.Sent s, int clause) {
        List<Integer> out = new ArrayList<>();
        reach(s, clause, false, 4).forEach(at -> out.add(at[0]));
        return out;
    }

    /** Breadth first: {token, depth} of objects, obliques, nominal modifiers and conjuncts. */
    private static List<int[]> reach(Doc.Sent s, int clause, boolean clauses, int depth) {
        List<int[]> out = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {clause, 0});
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            for (var e : s.graph.outgoingEdgeIterable(Deps.node(s, at[0]))) {
                String rel = e.getRelation().toString();
                int dep = e.getDependent().index() - 1;
                if (clauses && rel.equals("nsubj") && at[1] > 0) {
                    out.add(new int[] {dep, at[1] + 1});
                }
                if (rel.startsWith("nsubj") || rel.equals("punct") || rel.equals("mark") || at[1] >= depth
                        || rel.equals("acl") && DESTINATIONS.contains(Deps.lemma(s, dep))) {
                    continue;
                }
                if (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") || rel.startsWith("nmod")
                        || rel.startsWith("conj")) {
                    out.add(new int[] {dep, at[1] + 1});
                }
                queue.add(new int[] {dep, at[1] + 1});
            }
        }
        return out;
    }

    static boolean aidNamed(Doc.Sent s, int t) {
        return reachable(s, t).stream().anyMatch(i -> AID_WORDS.contains(Deps.lemma(s, i)))
                || Deps.children(s, t, "obj").stream().flatMap(o -> Deps.children(s, o, "compound", "amod").stream())
                .anyMatch(i -> AID_WORDS.contains(Deps.lemma(s, i)) || CIVIL_MODIFIERS.contains(Deps.lemma(s, i)));
    }

    /** "sent aircraft, warships and missile units": sending forces is a deployment, not aid. */
    static boolean militaryObject(Doc.Sent s, int t) {
        for (int obj : Deps.children(s, t, "obj")) {
            boolean civil = Deps.children(s, obj, "compound", "amod").stream()
                    .anyMatch(m -> CIVIL_MODIFIERS.contains(Deps.lemma(s, m)));
            if (MILITARY_NOUNS.contains(Deps.lemma(s, obj)) && !civil) {
                return true;
            }
        }
        return false;
    }
}
