package org.geokg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.geokg.model.Fact;
import org.geokg.model.Provenance;

/**
 * Turns candidates into facts: the evidence is the sentence exactly as in the text; the confidence is the
 * lexicon's confidence for the verb or noun frame times the factors of how each actor was found (see docs/extraction.md,
 * "Confidence"). One event found twice in an article is kept once, with the higher confidence.
 */
final class FactStage implements Stage {
    @Override
    public String name() {
        return "facts";
    }

    @Override
    public Set<String> needs() {
        return Set.of("candidates", "modality", "dates");
    }

    @Override
    public Set<String> provides() {
        return Set.of("facts");
    }

    @Override
    public void apply(Doc doc) {
        Map<String, Fact> byId = new LinkedHashMap<>();
        for (Doc.Candidate c : doc.candidates) {
            if (restated(doc, c)) {
                continue;
            }
            String id = Fact.idOf(c.subject.id(), c.frame.plover(), c.object.id(), c.date, c.negated, c.modality);
            double confidence = Math.round(Math.min(1.0, c.frame.confidence() * c.actorFactor) * 1000) / 1000.0;
            Fact fact = new Fact(id, c.subject.id(), c.object.id(), c.frame.plover(), c.frame.predicate(), c.date,
                    doc.text(c.sent), c.quote, c.speaker == null ? null : c.speaker.id(), c.negated, c.modality,
                    confidence, new Provenance(doc.article.id(), c.sent.index, c.sent.begin, c.sent.end, c.method));
            if (c.speaker != null) {
                doc.use(c.speaker);
            }
            byId.merge(id, fact, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        doc.facts.addAll(byId.values());
    }

    /** Methods that guess a target from elsewhere in the sentence rather than read it off the verb. */
    private static final Set<String> GUESSED = Set.of("verb:subtree:aid", "verb:subtree:threat", "verb:sibling", "verb:reaction");

    /** The event rule is the method's first part; actor rules follow it after '+'. */
    private static boolean guessed(Doc.Candidate c) {
        int plus = c.method.indexOf('+');
        return GUESSED.contains(plus < 0 ? c.method : c.method.substring(0, plus));
    }

    /**
     * "launched its incursion into Kursk, seizing Russian territory": one event told twice. A guessed target
     * adds nothing where the same actors already have an event of the same quad class read off a verb here.
     */
    private static boolean restated(Doc doc, Doc.Candidate c) {
        if (!guessed(c)) {
            return false;
        }
        for (Doc.Candidate other : doc.candidates) {
            if (other != c && other.sent == c.sent && !guessed(other)
                    && other.subject.id().equals(c.subject.id()) && other.object.id().equals(c.object.id())
                    && other.frame.plover().quadClass() == c.frame.plover().quadClass()) {
                return true;
            }
        }
        return false;
    }
}
