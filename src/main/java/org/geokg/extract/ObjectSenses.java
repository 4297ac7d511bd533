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
    /** What the object decided: nothing known, no event, or an event (found or not). */
    enum Outcome { UNKNOWN, NO_EVENT, EVENT }

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
                outcome = Outcome.EVENT;
                Lexicon.Frame frame = new Lexicon.Frame(verb, "object", row.plover(), row.predicate(), row.confidence());
                pairs.pair(doc, s, t, subjects, targets(s, t, obj, row), frame, "verb:object", passive ? 0.95 : 1.0);
            }
        }
        return outcome;
    }

    /** The target tokens a row names: obliques of the verb or the object, the object's possessor, its "of". */
    private static List<Integer> targets(Doc.Sent s, int t, int obj, Lexicon.ObjectFrame row) {
        List<Integer> out = new ArrayList<>();
        for (String where : row.targets()) {
            if (where.startsWith("prep:")) {
                String prep = where.substring(5);
                out.addAll(Deps.children(s, t, "obl:" + prep));
                out.addAll(Deps.children(s, obj, "nmod:" + prep));
            } else if (where.equals("poss")) {
                for (int mod : Deps.children(s, obj, "nmod:poss", "amod", "compound")) {
                    if (s.actorAt[mod] != null) {
                        out.add(mod);
                    }
                }
            } else if (where.equals("of")) {
                out.addAll(Deps.children(s, obj, "nmod:of"));
            }
        }
        return out;
    }
}
