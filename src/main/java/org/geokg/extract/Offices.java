package org.geokg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.ActorFinder.Found;
import org.geokg.model.ActorType;
import org.geokg.model.Entity;
import org.geokg.resolve.Gazetteer;

/**
 * Bodies and offices of a country as actors: "Mexico's foreign ministry", "the Mexican president", "the
 * government" (the story's home country), with the country taken from a possessive, adjective or "of" phrase, and
 * the office holder when the gazetteer or the article names one.
 */
final class Offices {
    /** Whom "its"/"their" stands for in "its soldiers" (resolved by the {@link ActorFinder}). */
    interface Owners {
        Found of(Doc doc, Doc.Sent s, int token);
    }

    /** Bodies that, unqualified, belong to the story's home country ("the government", "the Supreme Court"). */
    private static final Set<String> HOME_SECTORS = Set.of("null", "", "GOV", "JUD", "LEG", "COP", "CVL", "EDU",
            "NGO");

    private final Gazetteer gazetteer;
    private final Owners owners;

    Offices(Gazetteer gazetteer, Owners owners) {
        this.gazetteer = gazetteer;
        this.owners = owners;
    }

    /** A generic body or a title, with the country taken from a possessive, adjective or "of" phrase. */
    Found office(Doc doc, Doc.Sent s, int token, boolean home) {
        if (!Deps.tag(s, token).startsWith("NN")) {
            return null;
        }
        for (int from = Math.max(0, token - 3); from <= token; from++) {
            for (int to = Math.min(s.tokens.size() - 1, token + 4); to >= token; to--) {
                if (!plainWords(s, from, to)) {
                    continue;
                }
                String phrase = doc.text(s.tokens.get(from).beginPosition(), s.tokens.get(to).endPosition());
                Optional<Gazetteer.Body> body = gazetteer.body(phrase);
                if (body.isPresent()) {
                    return noted(doc, s, token, from, to, bodyOf(doc, s, token, body.get(), home));
                }
                Optional<Gazetteer.Title> title = gazetteer.title(phrase);
                if (title.isPresent() && !home) {
                    return noted(doc, s, token, from, to, holderOf(doc, s, token, title.get()));
                }
            }
        }
        return null;
    }

    /** Records where a body or office was named, with the country that qualifies it ("Pakistan's foreign ministry"). */
    private static Found noted(Doc doc, Doc.Sent s, int token, int from, int to, Found found) {
        if (found != null) {
            int start = from;
            for (int mod : Deps.children(s, token, "nmod:poss", "amod", "compound")) {
                Doc.MentionRef m = s.actorAt[mod];
                start = mod < start && m != null && !m.method().equals("pronoun") ? m.start() : start;
            }
            doc.note(s, start, to + 1, found.entity());
        }
        return found;
    }

    private Found bodyOf(Doc doc, Doc.Sent s, int token, Gazetteer.Body body, boolean home) {
        Found group = home ? null : groupOf(s, token);
        if (group != null) {
            return group;
        }
        String iso3 = home ? doc.homeCountry() : countryModifier(s, token);
        for (int poss : iso3 == null && !home ? Deps.children(s, token, "nmod:poss") : List.<Integer>of()) {
            // "its soldiers", "their diplomats": the body of whoever "its" is.
            String w = s.tokens.get(poss).word().toLowerCase(Locale.ROOT);
            Found owner = ActorFinder.THIRD_PERSON.contains(w) ? owners.of(doc, s, poss) : null;
            iso3 = owner == null ? null : owner.entity().country();
        }
        if (iso3 == null || gazetteer.country(iso3).isEmpty()
                || home && !HOME_SECTORS.contains(String.valueOf(body.sector()))) {
            return null;
        }
        Entity e = gazetteer.bodyOf(body, iso3);
        doc.rememberBody(e, s.index, token);
        gazetteer.country(iso3).ifPresent(doc::use);
        return new Found(doc.use(e), home ? 0.7 : body.slug() == null ? 0.85 : 0.9, home ? "home" : "body");
    }

    private Found holderOf(Doc doc, Doc.Sent s, int token, Gazetteer.Title title) {
        String iso3 = countryModifier(s, token);
        if (iso3 == null) {
            iso3 = title.defaultCountry();
        }
        if (iso3 == null) {
            return null;
        }
        Entity person = doc.roleHolders.get(iso3 + "|" + title.title());
        if (person == null) {
            person = gazetteer.holder(iso3, title.title()).orElse(null);
        }
        if (person == null) {
            // "Pakistan's director general of military operations": an office holder not named acts for the state.
            return gazetteer.country(iso3).map(c -> new Found(doc.use(c), 0.7, "title-country")).orElse(null);
        }
        return new Found(doc.use(person), 0.85, "title");
    }

    /**
     * "Hamas leaders", "fighters of the RSF", "the party's supporters": a group's members, fighters or leaders act
     * as the group; only a country (or a person of one) makes them a body of their own.
     */
    private static Found groupOf(Doc.Sent s, int token) {
        for (int mod : Deps.children(s, token, "compound", "nmod:poss", "nmod:of")) {
            Doc.MentionRef m = s.actorAt[mod];
            if (m != null && m.entity().type() != ActorType.Country && m.entity().type() != ActorType.Person
                    && !m.method().equals("pronoun")) {
                return new Found(m.entity(), 0.8, "member");
            }
        }
        return null;
    }

    /** The country of a noun's possessive, adjective, compound, "of"/"in" modifier, or of a possessor person. */
    private static String countryModifier(Doc.Sent s, int token) {
        // the adjective first: "his Chinese counterpart" is Chinese whoever "his" is
        for (int mod : Deps.children(s, token, "amod", "compound", "nmod:poss", "nmod:of", "nmod:in", "nmod:from")) {
            Doc.MentionRef m = s.actorAt[mod];
            if (m != null && m.entity().country() != null
                    && (m.entity().type() == ActorType.Country || m.entity().type() == ActorType.Person)) {
                return m.entity().country();
            }
        }
        return null;
    }

    private static boolean plainWords(Doc.Sent s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (s.actorAt[i] != null) {
                return false;
            }
            String w = s.tokens.get(i).word();
            if (!Character.isLetter(w.charAt(0)) && !w.equals(".")) {
                return false;
            }
        }
        return true;
    }
}
