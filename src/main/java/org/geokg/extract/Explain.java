package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** The developer trace behind {@code extract --format explain}. */
final class Explain {
    private Explain() {
    }

    static String of(Doc doc) {
        StringBuilder out = new StringBuilder();
        for (Doc.Sent s : doc.sentences) {
            out.append("## ").append(s.index).append(": ").append(doc.text(s).replace('\n', ' ')).append('\n');
            for (int i = 0; i < s.tokens.size(); i++) {
                CoreLabel t = s.tokens.get(i);
                Doc.MentionRef m = s.actorAt[i];
                out.append(String.format("  %2d %-16s %-5s %-14s %-12s %s%n", i, t.word(), t.tag(), t.lemma(),
                        t.ner(), m == null ? "" : m.entity().id() + " (" + m.method() + ")"));
            }
            for (SemanticGraphEdge e : s.graph.edgeIterable()) {
                out.append(String.format("    %s(%d %s, %d %s)%n", e.getRelation(), e.getGovernor().index() - 1,
                        e.getGovernor().word(), e.getDependent().index() - 1, e.getDependent().word()));
            }
            for (Doc.Candidate c : doc.candidates) {
                if (c.sent == s) {
                    out.append(String.format("  => %s %s %s  [%s, anchor %d, %s, negated=%s, %s, speaker=%s]%n",
                            c.subject.id(), c.frame.plover(), c.object.id(), c.method, c.anchor,
                            c.frame.predicate(), c.negated, c.modality.label(),
                            c.speaker == null ? "-" : c.speaker.id()));
                }
            }
        }
        return out.toString();
    }
}
