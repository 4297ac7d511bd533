package org.geokg.api;

import org.geokg.extract.Extractor;

/**
 * The extractor for posted articles: the one given, else one made on first use, so a server that only answers
 * reads never loads the NLP models.
 */
final class LazyExtractor {
    private Extractor extractor;

    LazyExtractor(Extractor extractor) {
        this.extractor = extractor;
    }

    synchronized Extractor get() {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor;
    }
}
