package org.geokg.model;

/** One place where an entity is named in an article: the surface text and its character offsets. */
public record Mention(String entityId, String text, int sentence, int begin, int end) {
}
