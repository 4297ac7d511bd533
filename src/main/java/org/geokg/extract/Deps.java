package org.geokg.extract;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small queries on a UD enhanced++ dependency graph. Token indexes are 0-based (CoreNLP's are 1-based). */
final class Deps {
    private Deps() {
    }

    static IndexedWord node(Doc.Sent s, int token) {
        return s.graph.getNodeByIndexSafe(token + 1);
    }

    /** Children whose relation is exactly {@code rel} or starts with {@code rel + ":"} when rel ends with ':'. */
    static List<Integer> children(Doc.Sent s, int token, String rel) {
        List<Integer> out = new ArrayList<>();
        IndexedWord w = node(s, token);
        if (w == null) {
            return out;
        }
        for (SemanticGraphEdge e : s.graph.outgoingEdgeIterable(w)) {
            if (matches(e.getRelation().toString(), rel)) {
                out.add(e.getDependent().index() - 1);
            }
        }
        return out;
    }

    static List<Integer> children(Doc.Sent s, int token, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (String rel : rels) {
            out.addAll(children(s, token, rel));
        }
        return out;
    }

    /** The governor through a relation matching {@code rel}, or -1. */
    static int parent(Doc.Sent s, int token, String rel) {
        IndexedWord w = node(s, token);
        if (w == null) {
            return -1;
        }
        for (SemanticGraphEdge e : s.graph.incomingEdgeIterable(w)) {
            if (matches(e.getRelation().toString(), rel)) {
                return e.getGovernor().index() - 1;
            }
        }
        return -1;
    }

    /** The relation from this token's first governor ("root" for the root). */
    static String relation(Doc.Sent s, int token) {
        IndexedWord w = node(s, token);
        if (w == null) {
            return "";
        }
        for (SemanticGraphEdge e : s.graph.incomingEdgeIterable(w)) {
            return e.getRelation().toString();
        }
        return "root";
    }

    /** The sentence's root token, or -1. */
    static int root(Doc.Sent s) {
        for (var w : s.graph.getRoots()) {
            return w.index() - 1;
        }
        return -1;
    }

    static int governor(Doc.Sent s, int token) {
        IndexedWord w = node(s, token);
        if (w == null) {
            return -1;
        }
        for (SemanticGraphEdge e : s.graph.incomingEdgeIterable(w)) {
            return e.getGovernor().index() - 1;
        }
        return -1;
    }

    /** Whether a noun is definite ("the ministry", "this attack"): it refers back to something named before. */
    static boolean definite(Doc.Sent s, int token) {
        for (int det : children(s, token, "det")) {
            String w = s.tokens.get(det).word().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("this") || w.equals("that")) {
                return true;
            }
        }
        return false;
    }

    static String lemma(Doc.Sent s, int token) {
        String lemma = s.tokens.get(token).lemma();
        return (lemma == null ? s.tokens.get(token).word() : lemma).toLowerCase(Locale.ROOT);
    }

    static String tag(Doc.Sent s, int token) {
        String tag = s.tokens.get(token).tag();
        return tag == null ? "" : tag;
    }

    private static boolean matches(String actual, String rel) {
        if (rel.endsWith(":")) {
            return actual.startsWith(rel) || actual.equals(rel.substring(0, rel.length() - 1));
        }
        return actual.equals(rel);
    }
}
