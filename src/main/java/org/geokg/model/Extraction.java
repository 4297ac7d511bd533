package org.geokg.model;

import java.util.List;
import java.util.Map;

/** What the extractor read from one article: its entities, where they were named, and its facts. */
public record Extraction(Article article, List<Entity> entities, List<Mention> mentions, List<Fact> facts,
                         Map<String, Long> stageNanos, int sentences) {
    public Extraction {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        stageNanos = Map.copyOf(stageNanos);
    }
}
