package org.geokg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipeline, built once per JVM (loading the models takes seconds and gigabytes). Its own quote and
 * coreference annotators are left out: they attributed quotes badly on news and cost more than twice the time.
 * In fast mode ({@code GEOKG_NLP=fast} or {@code --fast}) only sentences with an event word are parsed: the
 * dependency parse is most of the NLP time, and a sentence without such a word yields no fact.
 */
final class Nlp {
    private static volatile StanfordCoreNLP pipeline;
    private static volatile StanfordCoreNLP parser;

    private Nlp() {
    }

    /** Whether this process runs in fast mode (read when the models load). */
    static boolean fast() {
        return "fast".equalsIgnoreCase(System.getProperty("geokg.nlp", System.getenv("GEOKG_NLP")));
    }

    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (Nlp.class) {
                if (pipeline == null) {
                    boolean fast = fast();
                    // the parser first: a caller that sees the pipeline must see the parser that goes with it
                    parser = fast ? new StanfordCoreNLP(properties("depparse"), false) : null;
                    pipeline = new StanfordCoreNLP(properties(fast ? "tokenize,ssplit,pos,lemma,ner"
                            : "tokenize,ssplit,pos,lemma,ner,depparse"));
                }
                p = pipeline;
            }
        }
        return p;
    }

    static CoreDocument annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline().annotate(doc);
        if (parser != null) {
            parseEventSentences(doc.annotation());
        }
        return doc;
    }

    /** Fast mode: the parse for sentences with an event word; the others get an empty graph. */
    private static void parseEventSentences(Annotation annotation) {
        Lexicon lexicon = Lexicon.load();
        List<CoreMap> selected = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (hasTrigger(sentence, lexicon)) {
                selected.add(sentence);
            } else {
                sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, new SemanticGraph());
                sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, new SemanticGraph());
                sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                        new SemanticGraph());
            }
        }
        Annotation part = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, selected);
        parser.annotate(part);
    }

    private static boolean hasTrigger(CoreMap sentence, Lexicon lexicon) {
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            if (token.lemma() != null && lexicon.trigger(token.lemma())) {
                return true;
            }
        }
        return false;
    }

    static Properties properties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        // A headline or a one-line paragraph is its own sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Dates are read by our own stage from the article date; SUTime and numeric NER cost time for nothing.
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        // Only PERSON tags are read (places, bodies and groups come from the gazetteers), and the 3-class model
        // alone tags them as the default three-model combination does (later models only add other classes).
        // The 7- and 4-class models, fine-grained regex NER and entity mentions were 90 % of the NLP time.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        return props;
    }
}
