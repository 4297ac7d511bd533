package org.geokg.extract;

import java.util.List;
import java.util.Locale;
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
    static final List<String> THIRD_PERSON = List.of("it", "its", "they", "their");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final Offices offices;
    private final GroupAnaphors groups;
    private final Sides sides;

    ActorFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.offices = new Offices(gazetteer, this::reportedSelf);
        this.groups = new GroupAnaphors(gazetteer, lexicon);
        this.sides = new Sides(lexicon, this);
    }

    /** The one actor the token stands for, or the two a group anaphor ("the two countries") stands for. */
    List<Found> findAll(Doc doc, Doc.Sent s, int token) {
        Found one = find(doc, s, token);
        return one != null ? List.of(one) : GroupAnaphors.found(groups.members(doc, s, token));
    }

    /** The country entity of a code, noted as used by this article, or null. */
    Entity country(Doc doc, String iso3) {
        return gazetteer.country(iso3).map(doc::use).orElse(null);
    }

    /** A body or office with the country that qualifies it ("Mexico's foreign ministry"), or null. */
    Found qualified(Doc doc, Doc.Sent s, int token) {
        return offices.office(doc, s, token, false);
    }

    /** The two actors of a group anaphor, or an empty list. */
    List<Entity> group(Doc doc, Doc.Sent s, int token) {
        return groups.members(doc, s, token);
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
            Found self = reportedSelf(doc, s, token);
            return self != null ? self : previousSubject(s, token);
        }
        if (word.equals("them")) {
            return objectBefore(doc, s, token);
        }
        if (lexicon.cue("quantity", word)) {
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
        Found office = offices.office(doc, s, token, false);
        if (office != null) {
            return office;
        }
        if (lexicon.cue("proxy", Deps.lemma(s, token))) {
            Found principal = principal(doc, s, token);
            if (principal != null) {
                return principal;
            }
        }
        Found side = sides.of(doc, s, token);
        if (side != null) {
            return side;
        }
        for (int acl : Deps.tag(s, token).startsWith("NN") ? Deps.children(s, token, "acl") : List.<Integer>of()) {
            // "a missile fired by the Houthis struck …": a thing, not an actor, stands for whoever fired it
            for (int agent : Deps.children(s, acl, "obl:agent", "obl:by")) {
                Found by = find(doc, s, agent);
                if (by != null) {
                    return new Found(by.entity(), by.factor() * 0.8, "instrument");
                }
            }
        }
        if (Deps.tag(s, token).startsWith("NN") && Deps.definite(s, token)) {
            // "the ministry said", "the court ruled": the body of that name mentioned last in this article.
            Entity recent = doc.recentBody(word, s.index, token);
            if (recent != null && namedAlike(s, token, recent)) {
                return new Found(recent, 0.8, "anaphor");
            }
        }
        Found described = described(doc, s, token);
        if (described != null) {
            return described;
        }
        if (Deps.definite(s, token) || Deps.tag(s, token).equals("NNS") && Deps.children(s, token, "det").isEmpty()) {
            // "the government", "the Supreme Court", "authorities said": the country the story is about.
            Found home = offices.office(doc, s, token, true);
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

    /**
     * "The rebels then entered Bukavu", "the bloc said": a definite class noun with no actor qualifying it stands for
     * the last organization of its kind named before.
     */
    private Found described(Doc doc, Doc.Sent s, int token) {
        java.util.Set<String> sectors = lexicon.describes(Deps.lemma(s, token));
        if (sectors.isEmpty() || !Deps.definite(s, token) || !Deps.children(s, token, "nummod").isEmpty()) {
            return null;
        }
        for (int mod : Deps.children(s, token, "amod", "compound", "nmod:poss", "nmod:of")) {
            if (s.actorAt[mod] != null) {
                return null;
            }
        }
        Entity earlier = doc.recentOfSector(sectors, s.index, token);
        return earlier == null ? null : new Found(earlier, 0.75, "description");
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

    /** The actor a verb's subject stands for (the first subject that resolves), or null: "X said", "Y told". */
    Entity subjectActor(Doc doc, Doc.Sent s, int verb) {
        for (int subj : Deps.children(s, verb, "nsubj")) {
            Found f = find(doc, s, subj);
            if (f != null) {
                return f.entity();
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

    /**
     * "The U.S. Treasury froze his assets. It also blacklisted …": "it" or "they" as the main clause's subject,
     * with no actor before it in its sentence, is the last earlier sentence's main subject other than a person.
     */
    private static Found previousSubject(Doc.Sent s, int token) {
        String w = s.tokens.get(token).word().toLowerCase(Locale.ROOT);
        int verb = Deps.governor(s, token);
        boolean main = verb >= 0 && (verb == Deps.root(s) || Deps.relation(s, verb).startsWith("conj")
                && Deps.governor(s, verb) == Deps.root(s));
        if (s.subjectBefore == null || !(w.equals("it") || w.equals("they")) || !main
                || !Deps.relation(s, token).startsWith("nsubj")) {
            return null;
        }
        for (int i = 0; i < token; i++) {
            if (s.actorAt[i] != null) {
                return null;
            }
        }
        return new Found(s.subjectBefore, 0.75, "it-previous");
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
}
