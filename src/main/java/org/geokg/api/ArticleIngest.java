package org.geokg.api;

import java.util.List;
import java.util.concurrent.Semaphore;
import org.geokg.config.Settings;
import org.geokg.extract.Extractor;
import org.geokg.extract.TimeLimit;
import org.geokg.graph.GraphStore;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Extracts and stores posted articles, each in one transaction, as the CLI's ingest does. An article already
 * stored is not extracted again; either way the answer is read back from the graph, so the same article always
 * answers the same fact ids.
 */
@Component
class ArticleIngest {
    private final GraphStore store;
    private final LazyExtractor extractor;
    private final GraphReads reads;
    /** Extraction is CPU-bound and memory-hungry: more articles at once than cores would only queue memory. */
    private final Semaphore extracting = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private final TimeLimit timeLimit;

    ArticleIngest(GraphStore store, LazyExtractor extractor, GraphReads reads, Settings settings) {
        this.timeLimit = new TimeLimit(settings.extractTimeout());
        this.store = store;
        this.extractor = extractor;
        this.reads = reads;
    }

    List<Views.Ingested> ingest(List<Article> articles) {
        return articles.stream().map(this::ingest).toList();
    }

    Views.Ingested ingest(Article article) {
        boolean stored = !store.hasArticle(article.id()) && extractAndStore(article);
        return new Views.Ingested(article.id(), stored, reads.articleFacts(article.id()));
    }

    /** True if this call created the article (a concurrent post of the same article may have won). */
    private boolean extractAndStore(Article article) {
        try {
            extracting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "the server is shutting down; nothing was stored"
                    + " for article " + article.id());
        }
        try {
            Extractor x = extractor.get();
            Extraction extraction;
            try {
                extraction = timeLimit.run(() -> x.extract(article));
            } catch (TimeLimit.Exceeded e) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "article " + article.id() + ": "
                        + e.getMessage() + "; nothing was stored for it");
            }
            return store.store(extraction, x.context(extraction));
        } finally {
            extracting.release();
        }
    }
}
