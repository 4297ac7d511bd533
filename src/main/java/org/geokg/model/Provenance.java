package org.geokg.model;

/**
 * Where a fact was read: the article, the sentence (index and exact text) and its character offsets, and how
 * the extractor found it (e.g. {@code verb:dobj}, {@code noun:of}, {@code passive}).
 */
public record Provenance(String articleId, int sentence, int begin, int end, String method) {
}
