package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.extract.Extractor;
import org.geokg.graph.GraphStore;
import org.geokg.ingest.IngestException;
import org.geokg.model.Article;
import org.geokg.model.Extraction;

/**
 * Reads, extracts and stores articles one at a time, each in its own transaction, so a bad file costs only itself.
 * Articles already stored are skipped before the (expensive) extraction.
 */
final class IngestJob {
    record Summary(int files, int stored, int skipped, int facts, List<String> errors) {
    }

    private final GraphStore store;
    private final Extractor extractor;

    IngestJob(GraphStore store, Extractor extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    Summary run(List<Path> files, java.util.function.Function<Path, List<Article>> reader, PrintWriter err) {
        int stored = 0;
        int skipped = 0;
        int facts = 0;
        List<String> errors = new ArrayList<>();
        Progress progress = Progress.create(files.size(), err);
        for (Path file : files) {
            try {
                List<Article> articles = reader.apply(file);
                progress.fileRead(articles.size());
                for (Article article : articles) {
                    // resuming after an interruption: what is stored is skipped before the costly extraction
                    if (store.hasArticle(article.id())) {
                        skipped++;
                    } else {
                        Extraction x = extractor.extract(article);
                        store.store(x, extractor.context(x));
                        stored++;
                        facts += x.facts().size();
                    }
                    progress.article();
                }
            } catch (IngestException e) {
                progress.fileRead(0);
                errors.add(e.getMessage());
                progress.message("error: " + e.getMessage());
            }
        }
        progress.done();
        return new Summary(files.size(), stored, skipped, facts, errors);
    }
}
