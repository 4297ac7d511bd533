package org.geokg.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The CoreNLP pipeline, built once per JVM (loading the models takes seconds and gigabytes). Its own quote and
 * coreference annotators are left out: they attributed quotes badly on news and cost more than twice the time.
 */
final class Nlp {
    private static volatile StanfordCoreNLP pipeline;

    private Nlp() {
    }

    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (Nlp.class) {
                if (pipeline == null) {
                    pipeline = new StanfordCoreNLP(properties());
                }
                p = pipeline;
            }
        }
        return p;
    }

    static CoreDocument annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline().annotate(doc);
        return doc;
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // A headline or a one-line paragraph is its own sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Dates are read by our own stage from the article date; SUTime and numeric NER cost time for nothing.
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        return props;
    }
}
