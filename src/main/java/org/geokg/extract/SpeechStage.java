package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geokg.model.Entity;

/**
 * Finds quoted spans and who said them, from the structure around the quote ("…, she said", "X said: …"), not
 * from a statistical model. A sentence wholly inside a quote continues the previous sentence's speaker.
 */
final class SpeechStage implements Stage {
    private final Lexicon lexicon;
    private final ActorFinder finder;

    SpeechStage(Lexicon lexicon, ActorFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
    }

    @Override
    public String name() {
        return "speech";
    }

    @Override
    public Set<String> needs() {
        return Set.of("mentions", "parse");
    }

    @Override
    public Set<String> provides() {
        return Set.of("quotes", "speakers");
    }

    @Override
    public void apply(Doc doc) {
        List<int[]> spans = quoteSpans(doc.article.text());
        Entity previous = null;
        boolean previousQuoted = false;
        for (Doc.Sent s : doc.sentences) {
            List<int[]> inSentence = new ArrayList<>();
            for (int[] q : spans) {
                int b = Math.max(q[0], s.begin);
                int e = Math.min(q[1], s.end);
                if (b < e) {
                    inSentence.add(new int[] {b, e});
                }
            }
            Entity speaker = reporter(doc, s, inSentence);
            if (speaker == null && previousQuoted && !inSentence.isEmpty()) {
                speaker = previous;
            }
            for (int[] q : inSentence) {
                s.quotes.add(new Doc.Quote(q[0], q[1], doc.text(q[0], q[1]), speaker));
            }
            s.speaker = speaker;
            previous = speaker;
            previousQuoted = !inSentence.isEmpty();
        }
    }

    /** The subject of a reporting verb that stands outside the quotes. */
    private Entity reporter(Doc doc, Doc.Sent s, List<int[]> quotes) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (!Deps.tag(s, i).startsWith("VB") || !lexicon.cue("reporting", Deps.lemma(s, i))
                    || inside(quotes, s.tokens.get(i).beginPosition())) {
                continue;
            }
            Entity speaker = finder.subjectActor(doc, s, i);
            if (speaker != null) {
                return speaker;
            }
        }
        return null;
    }

    private static boolean inside(List<int[]> spans, int pos) {
        for (int[] q : spans) {
            if (pos >= q[0] && pos < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** Character spans of quotations: curly pairs, or straight quotes toggling; a paragraph break ends one. */
    static List<int[]> quoteSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                spans.add(new int[] {open, i + 1});
                open = -1;
            } else if (c == '\n' && open >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                spans.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) {
            spans.add(new int[] {open, text.length()});
        }
        return spans;
    }
}
