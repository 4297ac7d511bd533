package org.geokg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as ingested. The id is the one given by the source, else a content hash, so the same article
 * always gets the same id.
 */
public record Article(String id, String title, LocalDate published, String source, String url, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    public String contentHash() {
        return Ids.hash(title + "\n" + text);
    }
}
