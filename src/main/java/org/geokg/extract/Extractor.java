package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.geokg.resolve.Gazetteer;

/**
 * English news text to PLOVER-coded facts. Stages: NLP (CoreNLP), actors, speech, events, modality, dates,
 * facts. The CoreNLP models load once per JVM, on first use or on {@link #warmUp()}. Thread-safe.
 */
public final class Extractor {
    private final Gazetteer gazetteer;
    private final Pipeline pipeline;

    public Extractor() {
        this(Gazetteer.load());
    }

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Lexicon lexicon = Lexicon.load();
        ActorFinder finder = new ActorFinder(gazetteer, lexicon);
        this.pipeline = new Pipeline(List.of(
                new NlpStage(),
                new ActorStage(gazetteer, finder),
                new SpeechStage(lexicon, finder),
                new EventStage(lexicon, finder, EventSource.configured()),
                new ModalityStage(lexicon, finder),
                new DateStage(),
                new FactStage()));
    }

    /**
     * An extractor whose lexicons and NLP models load on a background thread (a daemon: it never holds the JVM up),
     * so that a command can open the database meanwhile: the two are the slow parts of starting up.
     */
    public static CompletableFuture<Extractor> loadInBackground() {
        CompletableFuture<Extractor> future = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                Extractor extractor = new Extractor();
                warmUp();
                future.complete(extractor);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "geokg-model-loader");
        loader.setDaemon(true);
        loader.start();
        return future;
    }

    /** Whether this process extracts in fast mode (see {@code --fast}: only sentences with an event word parsed). */
    public static boolean fastMode() {
        return Nlp.fast();
    }

    /** Loads the NLP models now (they otherwise load on the first article). */
    public static void warmUp() {
        Nlp.pipeline();
    }

    public List<String> stages() {
        return pipeline.names();
    }

    public Extraction extract(Article article) {
        Doc doc = new Doc(article);
        pipeline.run(doc);
        return new Extraction(article, new ArrayList<>(doc.entities.values()), doc.mentions, doc.facts,
                doc.stageNanos, doc.sentences.size());
    }

    /**
     * A readable trace of how an article was read: per sentence the tokens with tag, lemma, NER and actor, the
     * dependency edges, and the candidate events with how each was found. For developers tuning the lexicons.
     */
    public String explain(Article article) {
        Doc doc = new Doc(article);
        pipeline.run(doc);
        return Explain.of(doc);
    }

    /** Countries that the extraction's actors belong to but that it does not name: needed to link them. */
    public List<Entity> context(Extraction extraction) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : extraction.entities()) {
            gazetteer.country(e.country()).ifPresent(out::add);
        }
        return out;
    }
}
