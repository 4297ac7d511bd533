package org.geokg.extract;

import java.util.List;
import java.util.Set;
import org.geokg.model.Entity;
import org.geokg.model.Modality;
import org.geokg.model.Plover;

/**
 * Marks each candidate event as negated ("did not impose", "refused to send") and with its modality:
 * hypothetical ("if", "would have", "could", speculation), future ("will", "plans to", "would" in reported
 * speech), reported (under someone's reporting verb or quote), else asserted. Also sets speaker and quote.
 */
final class ModalityStage implements Stage {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

    private final Lexicon lexicon;
    private final ActorFinder finder;

    ModalityStage(Lexicon lexicon, ActorFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
    }

    @Override
    public String name() {
        return "modality";
    }

    @Override
    public Set<String> needs() {
        return Set.of("candidates", "quotes", "speakers");
    }

    @Override
    public Set<String> provides() {
        return Set.of("modality", "speaker");
    }

    @Override
    public void apply(Doc doc) {
        for (Doc.Candidate c : doc.candidates) {
            c.negated = negated(c.sent, c.anchor, 0);
            if (c.negated && lexicon.cue("negated_reject", Deps.lemma(c.sent, c.anchor))) {
                // "would not accept US troops" is a rejection, not a negated agreement.
                c.frame = new Lexicon.Frame(c.frame.lemma(), c.frame.slot(), Plover.REJECT,
                        "refuses_to_" + Deps.lemma(c.sent, c.anchor), c.frame.confidence());
                c.negated = false;
            }
            Doc.Quote q = c.sent.quoteAt(c.sent.tokens.get(c.anchor).beginPosition());
            Entity reporter = reporter(doc, c.sent, c.anchor);
            if (q != null) {
                c.quote = q.text();
                c.speaker = q.speaker();
            } else {
                c.speaker = reporter;
            }
            c.modality = modality(c.sent, c.anchor, reporter != null || c.speaker != null);
            // (not in a quote: a quoted "we" speaks as the country)
            if (c.quote == null && c.speaker != null && c.speaker.type() == org.geokg.model.ActorType.Person
                    && c.subject.type() == org.geokg.model.ActorType.Country
                    && c.subject.country().equals(c.speaker.country()) && !c.speaker.id().equals(c.object.id())) {
                // "Rubio said the United States backed Guyana": the official speaking for the state is the actor
                c.subject = c.speaker;
            }
        }
    }

    private boolean negated(Doc.Sent s, int t, int depth) {
        for (int m : Deps.children(s, t, "advmod", "neg", "det")) {
            if (NEGATORS.contains(Deps.lemma(s, m)) || lexicon.cue("negation", Deps.lemma(s, m))
                    && !Deps.relation(s, m).equals("det")) {
                return true;
            }
        }
        if (depth > 3) {
            return false;
        }
        int g = Deps.parent(s, t, "xcomp");
        if (g >= 0) {
            return lexicon.cue("negation", Deps.lemma(s, g)) || negated(s, g, depth + 1);
        }
        int c = Deps.parent(s, t, "ccomp");
        return c >= 0 && lexicon.cue("denial", Deps.lemma(s, c));
    }

    private Modality modality(Doc.Sent s, int t, boolean reported) {
        boolean future = false;
        for (int step = 0, node = t; node >= 0 && step < 4; step++) {
            boolean perfect = false;
            String modal = null;
            for (int a : Deps.children(s, node, "aux")) {
                String lemma = Deps.lemma(s, a);
                if (lemma.equals("have")) {
                    perfect = true;
                } else if (lemma.equals("will") || lemma.equals("shall")) {
                    future = true;
                } else if (lexicon.cue("hypothetical", lemma)) {
                    modal = lemma;
                }
            }
            if (modal != null) {
                if (modal.equals("would") && !perfect && reported) {
                    future = true;
                } else {
                    return Modality.HYPOTHETICAL;
                }
            }
            for (int m : Deps.children(s, node, "mark", "amod")) {
                if (lexicon.cue("hypothetical", Deps.lemma(s, m))) {
                    return Modality.HYPOTHETICAL;
                }
            }
            String rel = Deps.relation(s, node);
            int up = Deps.governor(s, node);
            if (up >= 0 && (rel.equals("ccomp") || rel.equals("xcomp"))) {
                String governing = Deps.lemma(s, up);
                boolean complement = rel.equals("xcomp");
                // "urged the army to agree": what is asked for has not happened.
                if (lexicon.cue("speculation", governing)
                        || complement && lexicon.verbOfType(governing, Set.of(Plover.REQUEST))) {
                    return Modality.HYPOTHETICAL;
                }
                // "agreed to supply", "vowed to retaliate": what is promised or threatened lies ahead.
                if (lexicon.cue("future", governing)
                        || complement && lexicon.verbOfType(governing, Set.of(Plover.AGREE, Plover.THREATEN))) {
                    future = true;
                }
            }
            if (rel.startsWith("advcl") && (conditional(s, node) || speculated(s, up)) || invertedCondition(s, node)) {
                return Modality.HYPOTHETICAL;
            }
            node = rel.equals("ccomp") || rel.equals("xcomp") || rel.startsWith("conj") ? up : -1;
        }
        if (future) {
            return Modality.FUTURE;
        }
        return reported ? Modality.REPORTED : Modality.ASSERTED;
    }

    /**
     * "analysts speculated that Rwanda would keep its troops until the rebels reached a deal": a clause that times
     * a speculated event is speculation too.
     */
    private boolean speculated(Doc.Sent s, int node) {
        for (int step = 0; node >= 0 && step < 4; step++) {
            String rel = Deps.relation(s, node);
            int up = Deps.governor(s, node);
            if (up < 0 || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.startsWith("conj"))) {
                return false;
            }
            if (lexicon.cue("speculation", Deps.lemma(s, up))) {
                return true;
            }
            node = up;
        }
        return false;
    }

    /**
     * "Had the talks collapsed, the Commission was ready to hit …", "Should the tariffs stay, exporters …": a clause
     * whose auxiliary comes before its subject is a condition, and what it conditions has not happened.
     */
    private static boolean invertedCondition(Doc.Sent s, int node) {
        for (int c : Deps.children(s, node, "advcl")) {
            List<Integer> subjects = Deps.children(s, c, "nsubj", "nsubj:pass");
            for (int a : Deps.children(s, c, "aux", "aux:pass", "cop")) {
                String lemma = Deps.lemma(s, a);
                boolean inverting = lemma.equals("have") || lemma.equals("should") || lemma.equals("be");
                if (inverting && !subjects.isEmpty() && a < subjects.get(0) && Deps.children(s, c, "mark").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean conditional(Doc.Sent s, int node) {
        for (int m : Deps.children(s, node, "mark")) {
            if (lexicon.cue("hypothetical", Deps.lemma(s, m))) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a reporting verb this clause is the complement of ("X said that Y …"). */
    private Entity reporter(Doc doc, Doc.Sent s, int t) {
        int node = t;
        for (int step = 0; step < 4; step++) {
            String rel = Deps.relation(s, node);
            int up = Deps.governor(s, node);
            if (up < 0 || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis")
                    || rel.startsWith("conj"))) {
                return null;
            }
            if (lexicon.cue("reporting", Deps.lemma(s, up))) {
                return finder.subjectActor(doc, s, up);
            }
            node = up;
        }
        return null;
    }
}
