package org.geokg.extract;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.Set;

/** Tokens, sentences, parts of speech, lemmas, named entities and the dependency parse, from CoreNLP. */
final class NlpStage implements Stage {
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
        doc.nlp = Nlp.annotate(doc.article.text());
        int i = 0;
        for (CoreSentence s : doc.nlp.sentences()) {
            if (!s.tokens().isEmpty()) {
                Doc.Sent sent = new Doc.Sent(i++, s);
                sent.previous = doc.sentences.isEmpty() ? null : doc.sentences.get(doc.sentences.size() - 1);
                doc.sentences.add(sent);
            }
        }
    }
}
