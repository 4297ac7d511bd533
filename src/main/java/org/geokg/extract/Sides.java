package org.geokg.extract;

import java.util.List;

/**
 * Rules {@code office-of} and {@code loyal}: people named by the body they head ("NATO's secretary general") or
 * by the side they are on ("forces loyal to Haftar") act for it.
 */
final class Sides {
    private final Lexicon lexicon;
    private final ActorFinder finder;

    Sides(Lexicon lexicon, ActorFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
    }

    ActorFinder.Found of(Doc doc, Doc.Sent s, int token) {
        ActorFinder.Found head = headOf(s, token);
        return head != null ? head : allegiance(doc, s, token);
    }

    /** "NATO's secretary general", "the EU's foreign policy chief", "Putin's spokesman": acts for the possessor. */
    private ActorFinder.Found headOf(Doc.Sent s, int token) {
        for (int poss : lexicon.cue("office_head", Deps.lemma(s, token)) ? Deps.children(s, token, "nmod:poss")
                : List.<Integer>of()) {
            Doc.MentionRef m = s.actorAt[poss];
            if (m != null && !m.method().equals("pronoun")) {
                return new ActorFinder.Found(m.entity(), 0.85, "office-of");
            }
        }
        return null;
    }

    /** "Fighters loyal to Ouattara", "militants linked to al-Qaeda": people named by whose side they are on. */
    private ActorFinder.Found allegiance(Doc doc, Doc.Sent s, int token) {
        for (int adj : Deps.tag(s, token).startsWith("NN") ? Deps.children(s, token, "amod", "acl") : List.<Integer>of()) {
            for (int side : lexicon.cue("allegiance", Deps.lemma(s, adj)) ? Deps.children(s, adj, "obl:to", "obl:with")
                    : List.<Integer>of()) {
                ActorFinder.Found f = finder.find(doc, s, side);
                if (f != null) {
                    return new ActorFinder.Found(f.entity(), f.factor() * 0.85, "loyal");
                }
            }
        }
        return null;
    }
}
