package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.geokg.testing.Nlp;
import org.geokg.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The annotated articles in test resources (the dev articles h*.json plus t*.json and the wire one-liners written
 * for this project) as a quality floor: scores may rise, never fall below the last measured level, and no fact may
 * come from a trap sentence. The README records the current numbers; raise the floors when they rise.
 */
class EvaluatorTest {
    private static final Path ARTICLES = Path.of("src/test/resources/articles");

    @Test
    void qualityDoesNotFallBelowTheMeasuredFloor() throws Exception {
        Evaluator.Report r = new Evaluator(Nlp.extractor()).evaluate(Evaluator.goldFiles(ARTICLES));
        assertThat(r.articles()).isGreaterThanOrEqualTo(50);
        assertThat(r.trapFacts()).as("facts from trap sentences: %s", r.trapEvidence()).isZero();
        assertThat(r.dyad().precision()).isGreaterThanOrEqualTo(0.86);
        assertThat(r.dyad().f1()).isGreaterThanOrEqualTo(0.77);
        assertThat(r.entity().f1()).isGreaterThanOrEqualTo(0.68);
    }

    /** The bar on the dev set (../shared/data/dev, with the seed article): dyad F1 0.75, entity F1 0.65. */
    @Test
    void devSetMeetsTheBar() throws Exception {
        Assumptions.assumeTrue(SharedData.present(), "dev set not found at " + SharedData.root() + "/data/dev");
        Evaluator.Report r = new Evaluator(Nlp.extractor())
                .evaluate(Evaluator.goldFiles(SharedData.root().resolve("data/dev")));
        assertThat(r.articles()).isGreaterThanOrEqualTo(6);
        assertThat(r.trapFacts()).as("facts from trap sentences: %s", r.trapEvidence()).isZero();
        assertThat(r.dyad().f1()).as("dyad F1").isGreaterThanOrEqualTo(0.75);
        assertThat(r.entity().f1()).as("entity F1").isGreaterThanOrEqualTo(0.65);
    }

    @Test
    void scoringMatchesSymmetricAndAlternativeTypes() throws Exception {
        Path wire = ARTICLES.resolve("wire.json");
        List<GoldArticle> items = GoldArticle.read(wire);
        assertThat(items).hasSize(40);
        assertThat(items.stream().flatMap(i -> i.facts().stream()).anyMatch(GoldArticle.GoldFact::symmetric)).isTrue();
        assertThat(items.stream().flatMap(i -> i.facts().stream()).anyMatch(f -> f.types().size() > 1)).isTrue();
    }
}
