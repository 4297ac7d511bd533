package org.geokg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.model.Mention;
import org.geokg.model.Plover;

/**
 * Scores extraction against annotated gold files at two levels, as {@code ../shared/tools/score.py} does (see
 * {@link ArticleScorer}): dyad (country of subject, PLOVER type, country of object, the CAMEO/PLOVER convention)
 * and entity (subject and object match the gold entities by name or alias). Only asserted facts count, as
 * {@code extract} prints them. Facts taken from trap sentences are counted separately, and every fact is credited
 * to the rule that made it, so each rule's firing count and precision can be read.
 */
public final class Evaluator {

    /** True positives, false positives and false negatives, overall or for one PLOVER type. */
    public static final class Score {
        long tp;
        long fp;
        long fn;

        public Score() {
        }

        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public long tp() {
            return tp;
        }

        public long fp() {
            return fp;
        }

        public long fn() {
            return fn;
        }

        void add(int tp, int fp, int fn) {
            this.tp += tp;
            this.fp += fp;
            this.fn += fn;
        }
    }

    /**
     * How often a rule made a fact, how many of those matched a gold fact at the dyad level ({@code correct}) and
     * at the entity level, and how many came from trap sentences.
     */
    public record RuleCount(String rule, int fired, int correct, int entityCorrect, int traps) {
        public double precision() {
            return fired == 0 ? 0 : correct / (double) fired;
        }

        public double entityPrecision() {
            return fired == 0 ? 0 : entityCorrect / (double) fired;
        }
    }

    /**
     * The scores, the facts from trap sentences, each rule's counts, and for error analysis the gold facts no
     * prediction matched at entity level ({@code missed}) and the predictions that matched no gold fact
     * ({@code spurious}).
     */
    public record Report(int articles, Score dyad, Score entity, Map<Plover, Score> dyadByType,
                         Map<Plover, Score> entityByType, int trapFacts, List<String> trapEvidence,
                         List<RuleCount> rules, List<String> missed, List<String> spurious) {
    }

    private final Extractor extractor;

    public Evaluator(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Gold files under the given paths (a file or a directory of {@code *.json}). */
    public static List<Path> goldFiles(Path path) throws java.io.IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    public Report evaluate(List<Path> goldFiles) {
        return evaluate(Map.of("all", goldFiles)).get("all");
    }

    /** Several named sets at once (a tuning half, a held-out half, ...): each file is extracted once. */
    public Map<String, Report> evaluate(Map<String, List<Path>> sets) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        sets.keySet().forEach(k -> tallies.put(k, new Tally()));
        Set<Path> files = new java.util.LinkedHashSet<>();
        sets.values().forEach(files::addAll);
        for (Path file : files) {
            for (GoldArticle gold : GoldArticle.read(file)) {
                Extraction x = extractor.extract(gold.article());
                List<Fact> facts = x.facts().stream().filter(Fact::asserted).toList();
                sets.forEach((name, members) -> {
                    if (members.contains(file)) {
                        tallies.get(name).add(gold, x, facts);
                    }
                });
            }
        }
        Map<String, Report> out = new LinkedHashMap<>();
        tallies.forEach((k, t) -> out.put(k, t.report()));
        return out;
    }

    /** The running counts over the articles scored so far. */
    private static final class Tally {
        int articles;
        final Score dyad = new Score();
        final Score entity = new Score();
        final Map<Plover, Score> dyadByType = new java.util.EnumMap<>(Plover.class);
        final Map<Plover, Score> entityByType = new java.util.EnumMap<>(Plover.class);
        final List<String> traps = new ArrayList<>();
        final Map<String, int[]> rules = new java.util.TreeMap<>();
        final List<String> missed = new ArrayList<>();
        final List<String> spurious = new ArrayList<>();

        void add(GoldArticle gold, Extraction x, List<Fact> facts) {
            articles++;
            ArticleScorer.Outcome d = ArticleScorer.score(gold, x, facts, ArticleScorer.Level.DYAD);
            ArticleScorer.Outcome e = ArticleScorer.score(gold, x, facts, ArticleScorer.Level.ENTITY);
            dyad.add(d.tp(), d.fp(), d.fn());
            entity.add(e.tp(), e.fp(), e.fn());
            d.byType().forEach((p, c) -> dyadByType.computeIfAbsent(p, k -> new Score()).add(c[0], c[1], c[2]));
            e.byType().forEach((p, c) -> entityByType.computeIfAbsent(p, k -> new Score()).add(c[0], c[1], c[2]));
            String id = gold.article().id();
            Set<String> trapSet = new HashSet<>();
            gold.traps().forEach(s -> trapSet.add(ArticleScorer.norm(s)));
            for (Fact f : facts) {
                boolean trap = trapSet.contains(ArticleScorer.norm(f.evidence()));
                if (trap) {
                    traps.add(id + ": " + f.subject() + " " + f.plover() + " " + f.object());
                }
                for (String rule : f.provenance().method().split("\\+")) {
                    int[] r = rules.computeIfAbsent(rule, k -> new int[4]);
                    r[0]++;
                    r[1] += Boolean.TRUE.equals(d.factCorrect().get(f)) ? 1 : 0;
                    r[2] += Boolean.TRUE.equals(e.factCorrect().get(f)) ? 1 : 0;
                    r[3] += trap ? 1 : 0;
                }
                if (!Boolean.TRUE.equals(e.factCorrect().get(f))) {
                    spurious.add(id + ": " + f.subject() + " " + f.plover() + " " + f.object() + " ("
                            + f.predicate() + ", " + f.provenance().method() + ", sentence "
                            + f.provenance().sentence() + ")");
                }
            }
            for (int i = 0; i < gold.facts().size(); i++) {
                if (!e.goldFound().get(i)) {
                    GoldArticle.GoldFact g = gold.facts().get(i);
                    missed.add(id + ": " + g.subject() + " " + g.types() + " " + g.object());
                }
            }
        }

        Report report() {
            List<RuleCount> counts = new ArrayList<>();
            rules.forEach((rule, c) -> counts.add(new RuleCount(rule, c[0], c[1], c[2], c[3])));
            return new Report(articles, dyad, entity, dyadByType, entityByType, traps.size(), traps, counts, missed,
                    spurious);
        }
    }
}
