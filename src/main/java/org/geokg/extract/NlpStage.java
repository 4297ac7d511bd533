package org.geokg.extract;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens, sentences, parts of speech, lemmas, named entities and the dependency parse, from CoreNLP. */
final class NlpStage implements Stage {
    /**
     * A wire dateline opening the story ("NEW DELHI, May 10 — ", "WASHINGTON (Reuters) - "): the parser takes it
     * for the sentence's subject, so it is blanked out (same length, so every offset still points into the text).
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                    + "(?:, [A-Z][a-z]{2,8}\\.? \\d{1,2})?(?: \\([A-Za-z .]+\\))?\\s*(?:—|–|--?)\\s+");

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public Set<String> needs() {
        return Set.of();
    }

    @Override
    public Set<String> provides() {
        return Set.of("tokens", "parse", "ner");
    }

    @Override
    public void apply(Doc doc) {
        doc.nlp = Nlp.annotate(withoutDateline(doc.article.text()));
        int i = 0;
        for (CoreSentence s : doc.nlp.sentences()) {
            if (!s.tokens().isEmpty()) {
                Doc.Sent sent = new Doc.Sent(i++, s);
                sent.previous = doc.sentences.isEmpty() ? null : doc.sentences.get(doc.sentences.size() - 1);
                doc.sentences.add(sent);
            }
        }
    }

    /** The text with a dateline in its first two paragraphs replaced by spaces. */
    static String withoutDateline(String text) {
        int limit = Math.min(text.length(), 600);
        Matcher m = DATELINE.matcher(text).region(0, limit);
        if (!m.find()) {
            return text;
        }
        return text.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + text.substring(m.end());
    }
}
