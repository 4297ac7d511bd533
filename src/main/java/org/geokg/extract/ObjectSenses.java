package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code verb:object}: a verb whose sense its object decides ("cut aid to Liberia" sanctions, "opened fire
 * on protesters" assaults, "opened its borders to refugees" concedes), from the rows of
 * {@code lexicon/verb_objects.tsv}, the way PETRARCH's dictionary refines a verb by its object noun. A row coding
 * no event ("launched a website") stops the verb's own frames.
 */
final class ObjectSenses {
    /** What the object decided: nothing known, no event, an event with no target found, or one found. */
    enum Outcome { UNKNOWN, NO_EVENT, MISSED, FOUND }

    private final Lexicon lexicon;
    private final EventPairs pairs;

    ObjectSenses(Lexicon lexicon, EventPairs pairs) {
        this.lexicon = lexicon;
        this.pairs = pairs;
    }

    Outcome apply(Doc doc, Doc.Sent s, int t, String verb, List<Integer> subjects, boolean passive) {
        Outcome outcome = Outcome.UNKNOWN;
        for (int obj : passive ? Deps.children(s, t, "nsubj:pass") : Deps.children(s, t, "obj")) {
            for (Lexicon.ObjectFrame row : lexicon.objectFrames(verb, Deps.lemma(s, obj))) {
                if (row.plover() == null) {
                    return Outcome.NO_EVENT;
                }
                Lexicon.Frame frame = new Lexicon.Frame(verb, "object", row.plover(), row.predicate(), row.confidence());
                boolean found = pairs.pair(doc, s, t, subjects, targets(s, t, obj, row), frame, "verb:object",
                        passive ? 0.95 : 1.0);
                if (!found) {
                    // "banned Japanese seafood imports", "intercepted a flotilla carrying …, including X": the
                    // actor behind the object noun, as for any target
                    found = pairs.pair(doc, s, t, subjects, List.of(obj), frame, "verb:object", passive ? 0.9 : 0.95);
                }
                outcome = found || outcome == Outcome.FOUND ? Outcome.FOUND : Outcome.MISSED;
            }
        }
        return outcome;
    }

    /** The target tokens a row names: obliques of the verb or the object, the object's possessor, its "of". */
    private static List<Integer> targets(Doc.Sent s, int t, int obj, Lexicon.ObjectFrame row) {
        // "granted Pakistan a loan": the indirect object is the recipient whatever the row says
        List<Integer> out = new ArrayList<>(Deps.children(s, t, "iobj"));
        for (String where : row.targets()) {
            if (where.startsWith("prep:")) {
                String prep = where.substring(5);
                out.addAll(Deps.children(s, t, "obl:" + prep));
                out.addAll(Deps.children(s, obj, "nmod:" + prep));
            } else if ((where.equals("poss") || where.equals("of")) && !out.contains(obj)) {
                // whose it is or what it is of, as the target rules read a noun: "condemned Duterte's arrest" is
                // aimed at whoever arrested him
                out.add(obj);
            }
        }
        return out;
    }
}
