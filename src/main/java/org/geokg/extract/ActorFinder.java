package org.geokg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.geokg.model.ActorType;
import org.geokg.model.Entity;
import org.geokg.resolve.Gazetteer;

/**
 * Finds the actor a token stands for: a named mention; "we" in a quote (the speaker's side); a body or office of a
 * country ("Mexico's foreign ministry", "the Mexican president"); or, failing those, the country that modifies a
 * noun ("Mexican imports"). Each way comes with a factor that lowers the fact's confidence.
 */
final class ActorFinder {

    record Found(Entity entity, double factor, String how) {
    }

    private static final List<String> FIRST_PERSON = List.of("we", "us", "our");
    private static final List<String> THIRD_PERSON = List.of("it", "its", "they", "their");
    /** Bodies that, unqualified, belong to the story's home country ("the government", "the Supreme Court"). */
    private static final java.util.Set<String> HOME_SECTORS = java.util.Set.of("null", "", "GOV", "JUD", "LEG", "COP",
            "CVL", "EDU", "NGO");
    /** Quantity heads that stand for what they count: "dozens of supporters", "a group of lawmakers". */
    private static final java.util.Set<String> QUANTITIES = java.util.Set.of("dozen", "dozens", "hundreds",
            "thousands", "scores", "tens", "group", "number", "some", "many", "most", "several", "crowd", "delegation");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    ActorFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    Found find(Doc doc, Doc.Sent s, int token) {
        Doc.MentionRef m = s.actorAt[token];
        if (m != null) {
            return new Found(m.entity(), m.method().equals("pronoun") ? 0.85 : 1.0, m.method());
        }
        String word = s.tokens.get(token).word().toLowerCase(Locale.ROOT);
        if (FIRST_PERSON.contains(word)) {
            return firstPerson(doc, s, token);
        }
        if (THIRD_PERSON.contains(word)) {
            return reportedSelf(doc, s, token);
        }
        if (word.equals("them")) {
            return objectBefore(doc, s, token);
        }
        for (int acl : Deps.tag(s, token).startsWith("NN") ? Deps.children(s, token, "acl") : List.<Integer>of()) {
            // "a missile fired by the Houthis struck …": the weapon stands for whoever fired it
            for (int agent : Deps.children(s, acl, "obl:agent", "obl:by")) {
                Found by = find(doc, s, agent);
                if (by != null) {
                    return new Found(by.entity(), by.factor() * 0.8, "instrument");
                }
            }
        }
        if (QUANTITIES.contains(word)) {
            for (int of : Deps.children(s, token, "nmod:of")) {
                Found counted = find(doc, s, of);
                if (counted != null) {
                    return counted;
                }
            }
        }
        for (int appos : Deps.children(s, token, "appos")) {
            if (s.actorAt[appos] != null) {
                return new Found(s.actorAt[appos].entity(), 0.95, "appos");
            }
        }
        Found office = office(doc, s, token, false);
        if (office != null) {
            return office;
        }
        if (lexicon.cue("proxy", Deps.lemma(s, token))) {
            Found principal = principal(doc, s, token);
            if (principal != null) {
                return principal;
            }
        }
        if (Deps.tag(s, token).startsWith("NN") && Deps.definite(s, token)) {
            // "the ministry said", "the court ruled": the body of that name mentioned last in this article.
            Entity recent = doc.recentBodies.get(word);
            if (recent != null && namedAlike(s, token, recent)) {
                return new Found(recent, 0.8, "anaphor");
            }
        }
        if (Deps.definite(s, token) || Deps.tag(s, token).equals("NNS") && Deps.children(s, token, "det").isEmpty()) {
            // "the government", "the Supreme Court", "authorities said": the country the story is about.
            Found home = office(doc, s, token, true);
            if (home != null) {
                return home;
            }
        }
        if (Deps.tag(s, token).startsWith("NN")) {
            // "U.S. military action", "Mexican imports": the actor that qualifies the noun. Not a possessive:
            // "Ukraine's allies" are not Ukraine.
            for (int mod : Deps.children(s, token, "compound", "amod")) {
                Doc.MentionRef modifier = s.actorAt[mod];
                if (modifier != null && !modifier.method().equals("pronoun")) {
                    return new Found(modifier.entity(), 0.75, "modifier");
                }
            }
        }
        return null;
    }

    /** "the Supreme Court" is not "the International Criminal Court": a qualified noun must share its qualifiers. */
    private static boolean namedAlike(Doc.Sent s, int token, Entity recent) {
        String name = recent.name().toLowerCase(Locale.ROOT);
        for (int mod : Deps.children(s, token, "compound", "amod")) {
            if (!name.contains(s.tokens.get(mod).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "We" inside a quote is the speaker's country when a person speaks for it, else the speaker. */
    private Found firstPerson(Doc doc, Doc.Sent s, int token) {
        Doc.Quote q = s.quoteAt(s.tokens.get(token).beginPosition());
        if (q == null || q.speaker() == null) {
            return null;
        }
        Entity speaker = q.speaker();
        if (speaker.type() == ActorType.Person && speaker.country() != null) {
            return gazetteer.country(speaker.country()).map(c -> new Found(doc.use(c), 0.8, "we")).orElse(null);
        }
        return new Found(speaker, 0.8, "we");
    }

    /** "His lawyers", "a spokesman for Guterres", "his Indian counterpart": whom they act for. */
    private Found principal(Doc doc, Doc.Sent s, int token) {
        for (int owner : Deps.children(s, token, "nmod:poss", "nmod:for", "amod", "compound")) {
            String w = s.tokens.get(owner).word().toLowerCase(Locale.ROOT);
            Found f = s.actorAt[owner] != null ? new Found(s.actorAt[owner].entity(), 0.8, "proxy")
                    : w.equals("his") || w.equals("her") ? pronounOwner(s, owner) : null;
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Found pronounOwner(Doc.Sent s, int token) {
        for (int i = token - 1; i >= 0; i--) {
            Doc.MentionRef m = s.actorAt[i];
            if (m != null && m.entity().type() == ActorType.Person) {
                return new Found(m.entity(), 0.75, "proxy");
            }
        }
        return null;
    }

    /**
     * "The coast guard said it had conducted patrols": "it" (or "its", "they") in the clause a reporting verb
     * reports is that verb's subject, the speaker talking about itself.
     */
    private Found reportedSelf(Doc doc, Doc.Sent s, int token) {
        int clause = Deps.governor(s, token);
        for (int step = 0; clause >= 0 && step < 3; step++) {
            String rel = Deps.relation(s, clause);
            int up = Deps.governor(s, clause);
            if (up >= 0 && rel.equals("ccomp") && lexicon.cue("reporting", Deps.lemma(s, up))) {
                for (int subj : Deps.children(s, up, "nsubj")) {
                    String w = s.tokens.get(subj).word().toLowerCase(Locale.ROOT);
                    Found speaker = subj == token || THIRD_PERSON.contains(w) ? null : find(doc, s, subj);
                    if (speaker != null && speaker.entity().type() != ActorType.Person) {
                        return new Found(speaker.entity(), speaker.factor() * 0.9, "it");
                    }
                }
                return possessive(s, token) ? mainSubject(doc, s, token) : null;
            }
            clause = rel.equals("xcomp") || rel.startsWith("conj") || rel.startsWith("nmod") || rel.equals("obj")
                    || rel.equals("ccomp") || rel.startsWith("nsubj") ? up : -1;
        }
        // "they have seized" in a relative clause is not the main clause's actor; "its soldiers" may be
        return possessive(s, token) ? mainSubject(doc, s, token) : null;
    }

    /** "expelled two British diplomats, accusing them of spying": "them" is the governing verb's object. */
    private Found objectBefore(Doc doc, Doc.Sent s, int token) {
        for (int up = Deps.governor(s, Deps.governor(s, token)), step = 0; up >= 0 && step < 3; step++) {
            for (int obj : Deps.children(s, up, "obj")) {
                Found f = obj < token ? find(doc, s, obj) : null;
                if (f != null) {
                    return new Found(f.entity(), f.factor() * 0.85, "them");
                }
            }
            up = Deps.governor(s, up);
        }
        return null;
    }

    private static boolean possessive(Doc.Sent s, int token) {
        return Deps.tag(s, token).equals("PRP$");
    }

    /** "North Korea acknowledged … saying its soldiers had helped": failing a speaker, the main clause's actor. */
    private Found mainSubject(Doc doc, Doc.Sent s, int token) {
        int root = Deps.root(s);
        for (int subj : root < 0 ? List.<Integer>of() : Deps.children(s, root, "nsubj")) {
            Doc.MentionRef m = s.actorAt[subj];
            if (subj < token && m != null && m.entity().type() != ActorType.Person) {
                return new Found(m.entity(), 0.7, "it-main");
            }
        }
        return null;
    }

    /** A generic body or a title, with the country taken from a possessive, adjective or "of" phrase. */
    private Found office(Doc doc, Doc.Sent s, int token, boolean home) {
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
        String iso3 = home ? doc.homeCountry() : countryModifier(s, token);
        for (int poss : iso3 == null && !home ? Deps.children(s, token, "nmod:poss") : List.<Integer>of()) {
            // "its soldiers", "their diplomats": the body of whoever "its" is.
            String w = s.tokens.get(poss).word().toLowerCase(Locale.ROOT);
            Found owner = THIRD_PERSON.contains(w) ? reportedSelf(doc, s, poss) : null;
            iso3 = owner == null ? null : owner.entity().country();
        }
        if (iso3 == null || gazetteer.country(iso3).isEmpty() || home && !HOME_SECTORS.contains(String.valueOf(body.sector()))) {
            return null;
        }
        Entity e = gazetteer.bodyOf(body, iso3);
        doc.rememberBody(e);
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

    /** The country of a noun's possessive, adjective, compound, "of"/"in" modifier, or of a possessor person. */
    String countryModifier(Doc.Sent s, int token) {
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
