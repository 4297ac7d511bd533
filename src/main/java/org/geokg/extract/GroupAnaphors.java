package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.model.ActorType;
import org.geokg.model.Entity;
import org.geokg.resolve.Gazetteer;

/**
 * "The two countries agreed", "Trump received the two ministers", "talks between both sides": a plural noun with
 * "two" or "both" stands for the pair of actors the article last set against each other, in a deal or a fight. Its kind decides what
 * the pair is: countries stand for the two sides' countries, leaders and ministers for people, sides for either.
 */
final class GroupAnaphors {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    GroupAnaphors(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** The two actors the token stands for, or an empty list when it is not a group anaphor. */
    List<Entity> members(Doc doc, Doc.Sent s, int token) {
        String lemma = Deps.lemma(s, token);
        boolean country = lexicon.cue("group_country", lemma);
        boolean person = lexicon.cue("group_person", lemma);
        if (!Deps.tag(s, token).equals("NNS") || !(country || person || lexicon.cue("group_any", lemma))
                || !counted(s, token)) {
            return List.of();
        }
        for (int i = doc.candidates.size() - 1; i >= 0; i--) {
            Doc.Candidate c = doc.candidates.get(i);
            if (c.sent.index > s.index || c.sent == s && c.anchor >= token || !setAgainst(c)) {
                continue;
            }
            Entity a = country ? countryOf(doc, c.subject) : c.subject;
            Entity b = country ? countryOf(doc, c.object) : c.object;
            if (a != null && b != null && !a.id().equals(b.id())
                    && (!person || a.type() == ActorType.Person && b.type() == ActorType.Person)) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    /**
     * News calls "the two sides" the parties of a negotiation or of a fight: a mutual event's pair, or the pair of
     * an attack, a seizure, a sanction; not whoever last accused or praised whom.
     */
    private static boolean setAgainst(Doc.Candidate c) {
        return c.method.startsWith("verb:mutual") || c.method.startsWith("noun:mutual")
                || c.method.startsWith("noun:joint")
                || c.frame.plover().quadClass() == org.geokg.model.Plover.QuadClass.MATERIAL_CONFLICT;
    }

    /** "the two sides", "both countries": a determiner or number that makes the noun a pair. */
    private static boolean counted(Doc.Sent s, int token) {
        for (int d : Deps.children(s, token, "nummod", "det", "det:predet")) {
            String w = s.tokens.get(d).word().toLowerCase(Locale.ROOT);
            if (w.equals("two") || w.equals("both")) {
                return true;
            }
        }
        return false;
    }

    private Entity countryOf(Doc doc, Entity e) {
        if (e.type() == ActorType.Country || e.country() == null) {
            return e.type() == ActorType.Country ? e : null;
        }
        return gazetteer.country(e.country()).map(doc::use).orElse(null);
    }

    /** Each member as a side found by this rule. */
    static List<ActorFinder.Found> found(List<Entity> members) {
        List<ActorFinder.Found> out = new ArrayList<>();
        members.forEach(m -> out.add(new ActorFinder.Found(m, 0.8, "group")));
        return out;
    }
}
