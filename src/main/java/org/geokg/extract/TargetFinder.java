package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the target of an event: the dependents a lexicon frame names, and the actor behind a target noun that is
 * not itself an actor (its possessor, the subject of its clause, what it is "of", an earlier event it refers to).
 */
final class TargetFinder {

    private final Lexicon lexicon;
    private final ActorFinder finder;

    TargetFinder(Lexicon lexicon, ActorFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
    }

    /**
     * The target itself; else whose it is ("rejected Trump's call", "condemned Russia's attack"); else what it is
     * "of" ("the participation of US forces").
     */
    ActorFinder.Found find(Doc doc, Doc.Sent s, int token, org.geokg.model.Entity subject) {
        if (lexicon.cue("country_noun", Deps.lemma(s, token)) && Deps.definite(s, token)
                && !Deps.tag(s, token).equals("NNS")) {
            // "Russia fired 300 drones at the country": the last other country named before.
            org.geokg.model.Entity earlier = lastOtherCountry(doc, s, token, subject);
            if (earlier != null) {
                return new ActorFinder.Found(earlier, 0.7, "the-country");
            }
        }
        ActorFinder.Found b = finder.find(doc, s, token);
        if (b != null && b.how().equals("home")) {
            // "the 12 activists on board, including Greta Thunberg": the named one, not the story's country
            ActorFinder.Found named = inside(doc, s, token, subject);
            b = named != null ? named : b;
        }
        if (b == null) {
            boolean relational = lexicon.cue("relational", Deps.lemma(s, token));
            ActorFinder.Found doer = doerOfDoneTo(doc, s, token, subject);
            if (doer != null) {
                return doer;
            }
            for (int poss : relational ? List.<Integer>of() : Deps.children(s, token, "nmod:poss")) {
                ActorFinder.Found owner = finder.find(doc, s, poss);
                if (owner != null) {
                    return new ActorFinder.Found(owner.entity(), owner.factor() * 0.85, "possessor");
                }
            }
            ActorFinder.Found doneBy = doneBy(doc, s, token);
            if (doneBy != null) {
                return doneBy;
            }
            for (int of : Deps.children(s, token, "nmod:of")) {
                ActorFinder.Found inner = finder.find(doc, s, of);
                if (inner != null) {
                    return new ActorFinder.Found(inner.entity(), inner.factor() * 0.85, "of");
                }
            }
            // "rejected the idea that the US might invade": the one the clause is about.
            // "any support Moscow provided": for an event noun, the relative clause's subject is who does it.
            boolean eventNoun = !lexicon.noun(Deps.lemma(s, token)).isEmpty();
            boolean content = lexicon.cue("content", Deps.lemma(s, token));
            for (int clause : eventNoun ? Deps.children(s, token, "acl", "ccomp", "acl:relcl", "dep")
                    : content ? Deps.children(s, token, "acl", "ccomp") : List.<Integer>of()) {
                for (int subj : Deps.children(s, clause, "nsubj")) {
                    ActorFinder.Found about = subj == token ? null : finder.find(doc, s, subj);
                    if (about != null) {
                        return new ActorFinder.Found(about.entity(), about.factor() * 0.8, "clause");
                    }
                }
            }
            ActorFinder.Found inner = inside(doc, s, token, subject);
            if (inner != null) {
                return inner;
            }
            // "Saudi Arabia condemned the strikes": whoever carried out the strikes reported earlier.
            List<Lexicon.Frame> event = lexicon.noun(Deps.lemma(s, token));
            if (!event.isEmpty() && Deps.definite(s, token)) {
                org.geokg.model.Entity actor = doc.lastActorByType.get(event.get(0).plover());
                if (actor != null) {
                    return new ActorFinder.Found(actor, 0.7, "event-anaphor");
                }
            }
        }
        return b;
    }

    /**
     * "condemned an anarchic protest by white farmers", "spurned offers of talks by the Kabul government" (the
     * parser often hangs the by-phrase on the active verb): whoever made the thing the act is aimed at.
     */
    private ActorFinder.Found doneBy(Doc doc, Doc.Sent s, int token) {
        List<Integer> by = new ArrayList<>(Deps.children(s, token, "nmod:by"));
        int verb = Deps.relation(s, token).equals("obj") ? Deps.governor(s, token) : -1;
        if (verb >= 0 && Deps.children(s, verb, "aux:pass").isEmpty()) {
            by.addAll(Deps.children(s, verb, "obl:by"));
        }
        for (int b : by) {
            ActorFinder.Found maker = finder.find(doc, s, b);
            if (maker != null) {
                return new ActorFinder.Found(maker.entity(), maker.factor() * 0.85, "by");
            }
        }
        return null;
    }

    /**
     * A target named inside the noun: "allies, including Taiwan"; "what it called terrorist infrastructure";
     * "sites in Pakistan" (where the target is, for attacks and deployments on places).
     */
    private ActorFinder.Found inside(Doc doc, Doc.Sent s, int token, org.geokg.model.Entity subject) {
        for (int inc : Deps.children(s, token, "nmod:including", "nmod:such_as", "nmod:like")) {
            ActorFinder.Found f = find(doc, s, inc, subject);
            if (f != null) {
                return new ActorFinder.Found(f.entity(), f.factor() * 0.9, "including");
            }
        }
        if (s.tokens.get(token).word().equalsIgnoreCase("what")) {
            for (int called : Deps.children(s, token, "acl:relcl")) {
                for (int named : Deps.children(s, called, "obj", "xcomp")) {
                    ActorFinder.Found f = named == token ? null : find(doc, s, named, subject);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        for (int place : Deps.children(s, token, "nmod:in", "nmod:at", "nmod:near", "nmod:across", "nmod:inside")) {
            ActorFinder.Found f = find(doc, s, place, subject);
            if (f != null && f.entity().type() == org.geokg.model.ActorType.Country
                    && !f.entity().id().equals(subject.id())) {
                return new ActorFinder.Found(f.entity(), f.factor() * 0.8, "location");
            }
        }
        return null;
    }

    /**
     * "protested against his arrest": the possessor of an arrest is the one arrested, so the protest is aimed at
     * whoever arrested him, reported earlier.
     */
    private ActorFinder.Found doerOfDoneTo(Doc doc, Doc.Sent s, int token, org.geokg.model.Entity subject) {
        List<Lexicon.Frame> event = lexicon.noun(Deps.lemma(s, token));
        if (event.isEmpty() || event.get(0).plover() != org.geokg.model.Plover.COERCE) {
            return null;
        }
        for (int poss : Deps.children(s, token, "nmod:poss")) {
            ActorFinder.Found owner = finder.find(doc, s, poss);
            org.geokg.model.Entity doer = doc.lastActorByType.get(org.geokg.model.Plover.COERCE);
            if (owner != null && owner.entity().type() == org.geokg.model.ActorType.Person && doer != null
                    && !doer.id().equals(subject.id())) {
                return new ActorFinder.Found(doer, 0.7, "done-to");
            }
        }
        return null;
    }

    /** The dependents of verb {@code t} that a lexicon frame's slot names (dobj, iobj, prep:X, ccomp). */
    static List<Integer> slot(Doc.Sent s, int t, String slot, boolean passive) {
        if (slot.equals("dobj")) {
            if (passive) {
                return Deps.children(s, t, "nsubj:pass");
            }
            List<Integer> objects = Deps.children(s, t, "obj");
            // "condemned what it called Beijing's provocations": the object is inside the free relative.
            objects.removeIf(o -> s.tokens.get(o).word().equalsIgnoreCase("what"));
            for (int c : Deps.children(s, t, "ccomp")) {
                if (objects.isEmpty() && Deps.lemma(s, c).equals("call")) {
                    Deps.children(s, c, "obj").stream()
                            .filter(o -> !s.tokens.get(o).word().equalsIgnoreCase("what")).forEach(objects::add);
                }
            }
            return objects;
        }
        if (slot.equals("ccomp")) {
            List<Integer> out = new ArrayList<>();
            for (int c : Deps.children(s, t, "ccomp")) {
                out.addAll(Deps.children(s, c, "nsubj"));
            }
            return out;
        }
        if (slot.equals("iobj")) {
            return Deps.children(s, t, "iobj");
        }
        String prep = slot.substring(slot.indexOf(':') + 1);
        return Deps.children(s, t, "obl:" + prep, "nmod:" + prep);
    }

    /** The last country named before this token (this sentence first, then earlier ones) other than the actor's. */
    /** The country of the last actor before the token that belongs to a country other than the subject's. */
    private org.geokg.model.Entity lastOtherCountry(Doc doc, Doc.Sent s, int token, org.geokg.model.Entity subject) {
        String own = subject.country();
        for (Doc.Sent at = s; at != null; at = at.previous) {
            for (int i = (at == s ? token : at.tokens.size()) - 1; i >= 0; i--) {
                Doc.MentionRef m = at.actorAt[i];
                // "Ukraine's air force said Russia attacked the country": a body's country counts too
                String iso3 = m == null || m.method().equals("pronoun") ? null : m.entity().country();
                if (iso3 != null && !iso3.equals(own)) {
                    return m.entity().type() == org.geokg.model.ActorType.Country ? m.entity()
                            : finder.country(doc, iso3);
                }
            }
        }
        return null;
    }
}
