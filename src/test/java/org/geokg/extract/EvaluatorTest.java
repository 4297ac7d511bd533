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

    /**
     * The 30 dev articles (../shared/data/dev: d01-d24, h*, seed) as a floor at the level measured when the set
     * grew from 6 to 30 articles (dyad F1 0.533, entity F1 0.439, 4 facts from traps); extraction work raises it.
     */
    @Test
    void devSetDoesNotFallBelowItsFloor() throws Exception {
        Assumptions.assumeTrue(SharedData.present(), "dev set not found at " + SharedData.root() + "/data/dev");
        Evaluator.Report r = new Evaluator(Nlp.extractor())
                .evaluate(Evaluator.goldFiles(SharedData.root().resolve("data/dev")));
        assertThat(r.articles()).isGreaterThanOrEqualTo(30);
        assertThat(r.trapFacts()).as("facts from trap sentences: %s", r.trapEvidence()).isLessThanOrEqualTo(4);
        assertThat(r.dyad().f1()).as("dyad F1").isGreaterThanOrEqualTo(0.53);
        assertThat(r.entity().f1()).as("entity F1").isGreaterThanOrEqualTo(0.43);
    }

    /** PLV-train (1,043 wire sentences, actor and recipient marked): measured, never trained on. */
    @Test
    void plvTrainRecallDoesNotFallBelowItsFloor() throws Exception {
        Path plv = SharedData.root().resolve("data/plv/train.json");
        Assumptions.assumeTrue(java.nio.file.Files.exists(plv), "PLV-train not found at " + plv);
        assertThat(SpanScorer.isSpanFile(plv)).isTrue();
        SpanScorer.Report r = new SpanScorer(Nlp.extractor()).score(List.of(plv));
        assertThat(r.records()).isEqualTo(1043);
        assertThat(r.pairRecall()).as("pairs found").isGreaterThanOrEqualTo(0.375);
        assertThat(r.typedRecall()).as("typed recall").isGreaterThanOrEqualTo(0.28);
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
