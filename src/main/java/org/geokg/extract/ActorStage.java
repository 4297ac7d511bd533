package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.model.ActorType;
import org.geokg.model.Entity;
import org.geokg.model.Ids;
import org.geokg.resolve.Gazetteer;

/**
 * Marks the actors named in each sentence: gazetteer names (longest match first), people the NER finds that the
 * gazetteer lacks (learning their country and role from titles around the name), their short forms later in the
 * article, and "he"/"she" as the person last named as a subject.
 */
final class ActorStage implements Stage {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> POSSESSIVES = Set.of("his", "her");

    private final Gazetteer gazetteer;
    private final ActorFinder finder;
    private final TitleContext titles;

    ActorStage(Gazetteer gazetteer, ActorFinder finder) {
        this.gazetteer = gazetteer;
        this.finder = finder;
        this.titles = new TitleContext(gazetteer);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<String> needs() {
        return Set.of("tokens", "ner", "parse");
    }

    @Override
    public Set<String> provides() {
        return Set.of("mentions");
    }

    @Override
    public void apply(Doc doc) {
        Entity lastPerson = null;
        Entity lastBody = null;
        for (Doc.Sent s : doc.sentences) {
            s.subjectBefore = lastBody;
            names(doc, s);
            people(doc, s);
            organisations(doc, s);
            bodies(doc, s);
            pronouns(s, lastPerson);
            lastPerson = subjectPerson(doc, s, lastPerson);
            lastBody = subjectBody(doc, s, lastBody);
        }
    }

    private void names(Doc doc, Doc.Sent s) {
        List<CoreLabel> t = s.tokens;
        for (int i = 0; i < t.size(); ) {
            int matched = 0;
            for (int n = Math.min(gazetteer.maxWords(), t.size() - i); n >= 1 && matched == 0; n--) {
                String surface = doc.text(t.get(i).beginPosition(), t.get(i + n - 1).endPosition());
                Optional<Gazetteer.Hit> hit = gazetteer.match(surface);
                if (hit.isPresent() && hit.get() == Gazetteer.STOP) {
                    matched = n;
                } else if (hit.isPresent() && acceptable(s, i, n, hit.get())) {
                    doc.mention(s, new Doc.MentionRef(hit.get().entity(), i, i + n, hit.get().kind(), "name"));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
    }

    /**
     * "Mexico's foreign ministry issued a statement. The ministry accused …": bodies and offices are noted where
     * they are named, in reading order, so that a later "the ministry" finds the one before it.
     */
    private void bodies(Doc doc, Doc.Sent s) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.actorAt[i] == null && Deps.tag(s, i).startsWith("NN") && !Deps.relation(s, i).equals("compound")) {
                finder.qualified(doc, s, i);
            }
        }
    }

    /** One-word matches must look like names: capitalised, and a proper noun where the gazetteer means a person. */
    private static boolean acceptable(Doc.Sent s, int i, int n, Gazetteer.Hit hit) {
        if (hit.entity().type() != ActorType.Person && insidePersonName(s, i, n)) {
            // "Therese Kayikwamba Wagner" is not the Wagner Group: part of a longer person's name
            return false;
        }
        if (n > 1) {
            return true;
        }
        String word = s.tokens.get(i).word();
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return hit.entity().type() != ActorType.Person || Deps.tag(s, i).startsWith("NNP");
    }

    private static boolean insidePersonName(Doc.Sent s, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (!"PERSON".equals(s.tokens.get(k).ner())) {
                return false;
            }
        }
        return i > 0 && "PERSON".equals(s.tokens.get(i - 1).ner())
                || i + n < s.tokens.size() && "PERSON".equals(s.tokens.get(i + n).ner());
    }

    /** NER PERSON spans the gazetteer did not name: a short form of someone named earlier, or a new person. */
    private void people(Doc doc, Doc.Sent s) {
        List<CoreLabel> t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (!"PERSON".equals(t.get(i).ner()) || s.actorAt[i] != null) {
                continue;
            }
            int end = i;
            while (end < t.size() && "PERSON".equals(t.get(end).ner()) && s.actorAt[end] == null) {
                end++;
            }
            String name = doc.text(t.get(i).beginPosition(), t.get(end - 1).endPosition());
            Entity person = doc.learnedPeople.get(name.toLowerCase(Locale.ROOT));
            if (person == null && namesAThing(s, end - 1)) {
                // "the Villamor air base": a name qualifying a common noun is a place or thing named after someone.
                i = end - 1;
                continue;
            }
            if (person == null) {
                person = learn(doc, s, i, end, name);
            }
            doc.mention(s, new Doc.MentionRef(person, i, end, Gazetteer.Kind.NAME, "ner"));
            i = end - 1;
        }
    }

    /**
     * NER ORGANIZATION spans the gazetteer did not name ("the Sudanese Armed Forces", "Tren de Aragua"): an actor of
     * its own, the same id in every article, with the country of a nationality or country word in its name. A
     * span whose other words are a generic body ("Mexican Senate") is left to the bodies of the events stage.
     */
    private void organisations(Doc doc, Doc.Sent s) {
        List<CoreLabel> t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (!"ORGANIZATION".equals(t.get(i).ner())) {
                continue;
            }
            int end = i;
            while (end < t.size() && "ORGANIZATION".equals(t.get(end).ner())) {
                end++;
            }
            Entity org = unknownOrganisation(doc, s, i, end);
            if (org != null) {
                doc.mention(s, new Doc.MentionRef(org, i, end, Gazetteer.Kind.NAME, "ner-org"));
            }
            i = end - 1;
        }
    }

    private Entity unknownOrganisation(Doc doc, Doc.Sent s, int start, int end) {
        String country = null;
        StringBuilder rest = new StringBuilder();
        for (int i = start; i < end; i++) {
            Doc.MentionRef m = s.actorAt[i];
            if (m == null) {
                rest.append(rest.isEmpty() ? "" : " ").append(s.tokens.get(i).word());
            } else if (m.entity().type() == ActorType.Country && country == null) {
                country = m.entity().country();
            } else {
                return null; // it holds a known actor other than a country: the gazetteer's reading stands
            }
        }
        String words = rest.toString();
        // one bare word ("Commission") is more often a short form of a body named before than a new actor
        if (words.length() < 3 || !words.contains(" ") && country == null || !Character.isUpperCase(words.charAt(0))
                || gazetteer.body(words).isPresent() || gazetteer.title(words).isPresent()) {
            return null;
        }
        String name = doc.text(s.tokens.get(start).beginPosition(), s.tokens.get(end - 1).endPosition());
        return new Entity("org:" + Ids.slug(name), name, ActorType.Organization, country, null, null, null,
                List.of());
    }

    private static boolean namesAThing(Doc.Sent s, int last) {
        int head = Deps.governor(s, last);
        return Deps.relation(s, last).equals("compound") && head >= 0 && Deps.tag(s, head).startsWith("NN")
                && !Deps.tag(s, head).startsWith("NNP") && s.actorAt[head] == null;
    }

    private Entity learn(Doc doc, Doc.Sent s, int start, int end, String name) {
        TitleContext.Found ctx = titles.around(doc, s, start, end);
        String surname = s.tokens.get(end - 1).word();
        Entity person = new Entity("person:" + Ids.slug(name), name, ActorType.Person, ctx.country(), ctx.sector(),
                null, ctx.title(), end - start > 1 ? List.of(surname) : List.of());
        doc.learnedPeople.put(name.toLowerCase(Locale.ROOT), person);
        doc.learnedPeople.putIfAbsent(surname.toLowerCase(Locale.ROOT), person);
        if (ctx.country() != null && ctx.title() != null) {
            doc.roleHolders.putIfAbsent(ctx.country() + "|" + ctx.title(), person);
        }
        return person;
    }

    /**
     * "he"/"she": the person subject of a clause above it in this sentence ("Hegseth pledged to counter what he
     * called …"), else the last person subject before. "him"/"her": the last person named before it in this
     * sentence ("arrested Duterte on a warrant from the ICC, which accuses him"), else the same.
     */
    private static void pronouns(Doc.Sent s, Entity lastPerson) {
        for (int i = 0; i < s.tokens.size(); i++) {
            String w = s.tokens.get(i).word().toLowerCase(Locale.ROOT);
            String tag = Deps.tag(s, i);
            if (s.actorAt[i] != null || !tag.equals("PRP") && !tag.equals("PRP$")) {
                continue;
            }
            boolean subject = PRONOUNS.contains(w) && tag.equals("PRP");
            boolean other = OBJECT_PRONOUNS.contains(w) || tag.equals("PRP$") && POSSESSIVES.contains(w);
            Entity p = subject || other && tag.equals("PRP$") ? governingSubject(s, i) : null;
            p = p == null && other ? earlier(s, i) : p;
            p = p != null ? p : subject || other ? lastPerson : null;
            if (p != null) {
                s.actorAt[i] = new Doc.MentionRef(p, i, i + 1, Gazetteer.Kind.NAME, "pronoun");
            }
        }
    }

    private static Entity governingSubject(Doc.Sent s, int token) {
        int clause = Deps.governor(s, token);
        for (int step = 0; clause >= 0 && step < 6; step++) {
            int up = Deps.governor(s, clause);
            if (up < 0) {
                return null;
            }
            for (int subj : Deps.children(s, up, "nsubj")) {
                Doc.MentionRef m = s.actorAt[subj];
                if (subj < token && m != null && m.entity().type() == ActorType.Person && !m.method().equals("pronoun")) {
                    return m.entity();
                }
            }
            clause = up;
        }
        return null;
    }

    private static Entity earlier(Doc.Sent s, int token) {
        for (int i = token - 1; i >= 0; i--) {
            Doc.MentionRef m = s.actorAt[i];
            if (m != null && m.entity().type() == ActorType.Person && !m.method().equals("pronoun")) {
                return m.entity();
            }
        }
        return null;
    }

    /** The main clause's subject here when it is an actor other than a person, else the one before. */
    private Entity subjectBody(Doc doc, Doc.Sent s, Entity previous) {
        int root = Deps.root(s);
        for (int subj : root < 0 ? List.<Integer>of() : Deps.children(s, root, "nsubj")) {
            ActorFinder.Found f = finder.find(doc, s, subj);
            if (f != null && f.entity().type() != ActorType.Person) {
                return f.entity();
            }
        }
        return previous;
    }

    /** The last person (or unnamed office holder) who is the subject of a clause here, else the one before. */
    private Entity subjectPerson(Doc doc, Doc.Sent s, Entity previous) {
        Entity last = previous;
        for (int i = 0; i < s.tokens.size(); i++) {
            if (Deps.relation(s, i).startsWith("nsubj")) {
                ActorFinder.Found f = finder.find(doc, s, i);
                // "Sudan's ambassador accused … His government": an unnamed office holder is a person too
                if (f != null && (f.entity().type() == ActorType.Person || f.how().equals("title-country"))) {
                    last = f.entity();
                }
            }
        }
        return last;
    }
}
