package org.geokg.testing;

import org.geokg.extract.Extractor;

/** One extractor (and so one CoreNLP pipeline) per test JVM. */
public final class Nlp {
    private static Extractor extractor;

    private Nlp() {
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor;
    }
}
