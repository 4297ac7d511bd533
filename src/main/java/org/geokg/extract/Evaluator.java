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
 * Scores extraction against annotated gold files at two levels: dyad (country of subject, PLOVER type, country
 * of object, unique per article: the CAMEO/PLOVER convention) and entity (subject and object match the gold
 * entities by name or alias). Only asserted facts count, as {@code extract} prints them. Facts taken from trap
 * sentences are counted separately.
 */
public final class Evaluator {

    /** True positives, predictions and gold items, overall and per PLOVER type. */
    public static final class Score {
        public Score() {
        }

        long tp;
        long predicted;
        long gold;

        public double precision() {
            return predicted == 0 ? 0 : tp / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : tp / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public long tp() {
            return tp;
        }

        public long predicted() {
            return predicted;
        }

        public long gold() {
            return gold;
        }
    }

    /**
     * The scores, the facts from trap sentences, and for error analysis the gold facts no prediction matched at
     * entity level ({@code missed}) and the predictions that matched no gold fact ({@code spurious}).
     */
    public record Report(int articles, Score dyad, Score entity, Map<Plover, Score> dyadByType,
                         Map<Plover, Score> entityByType, int trapFacts, List<String> trapEvidence,
                         List<String> missed, List<String> spurious) {
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
        Score dyad = new Score();
        Score entity = new Score();
        Map<Plover, Score> dyadByType = new LinkedHashMap<>();
        Map<Plover, Score> entityByType = new LinkedHashMap<>();
        List<String> traps = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        int articles = 0;
        for (Path file : goldFiles) {
            for (GoldArticle gold : GoldArticle.read(file)) {
                articles++;
                Extraction x = extractor.extract(gold.article());
                List<Fact> facts = x.facts().stream().filter(Fact::asserted).toList();
                scoreDyads(gold, x, facts, dyad, dyadByType);
                List<Fact> unmatched = scoreEntities(gold, x, facts, entity, entityByType, missed);
                unmatched.forEach(f -> spurious.add(gold.article().id() + ": " + f.subject() + " " + f.plover() + " "
                        + f.object() + " (" + f.predicate() + ", sentence " + f.provenance().sentence() + ")"));
                for (Fact f : facts) {
                    if (gold.traps().stream().anyMatch(t -> overlaps(t, f.evidence()))) {
                        traps.add(gold.article().id() + ": " + f.subject() + " " + f.plover() + " " + f.object());
                    }
                }
            }
        }
        return new Report(articles, dyad, entity, dyadByType, entityByType, traps.size(), traps, missed, spurious);
    }

    private static void scoreDyads(GoldArticle gold, Extraction x, List<Fact> facts, Score total,
                                   Map<Plover, Score> byType) {
        Map<String, Entity> entities = index(x);
        Set<String> predicted = new HashSet<>();
        for (Fact f : facts) {
            predicted.add(country(entities, f.subject()) + "|" + f.plover() + "|" + country(entities, f.object()));
        }
        List<GoldArticle.GoldFact> golds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GoldArticle.GoldFact g : gold.facts()) {
            String key = gold.entities().get(g.subject()).country() + "|" + g.types() + "|"
                    + gold.entities().get(g.object()).country();
            if (seen.add(key)) {
                golds.add(g);
            }
        }
        Set<String> used = new HashSet<>();
        for (GoldArticle.GoldFact g : golds) {
            String cs = gold.entities().get(g.subject()).country();
            String co = gold.entities().get(g.object()).country();
            Plover main = g.types().get(0);
            score(byType, main).gold++;
            total.gold++;
            for (Plover t : g.types()) {
                String hit = match(predicted, used, cs + "|" + t + "|" + co, g.symmetric() ? co + "|" + t + "|" + cs : null);
                if (hit != null) {
                    total.tp++;
                    score(byType, main).tp++;
                    break;
                }
            }
        }
        for (String p : predicted) {
            total.predicted++;
            score(byType, Plover.valueOf(p.split("\\|")[1])).predicted++;
        }
    }

    private static List<Fact> scoreEntities(GoldArticle gold, Extraction x, List<Fact> facts, Score total,
                                            Map<Plover, Score> byType, List<String> missed) {
        Map<String, Set<String>> names = surfaces(x);
        List<Fact> unused = new ArrayList<>(facts);
        for (GoldArticle.GoldFact g : gold.facts()) {
            Plover main = g.types().get(0);
            total.gold++;
            score(byType, main).gold++;
            Fact hit = null;
            for (Fact f : unused) {
                boolean forward = same(names, f.subject(), gold, g.subject()) && same(names, f.object(), gold, g.object());
                boolean backward = g.symmetric() && same(names, f.subject(), gold, g.object())
                        && same(names, f.object(), gold, g.subject());
                if (g.types().contains(f.plover()) && (forward || backward)) {
                    hit = f;
                    break;
                }
            }
            if (hit != null) {
                unused.remove(hit);
                total.tp++;
                score(byType, main).tp++;
            } else {
                missed.add(gold.article().id() + ": " + g.subject() + " " + g.types() + " " + g.object());
            }
        }
        for (Fact f : facts) {
            total.predicted++;
            score(byType, f.plover()).predicted++;
        }
        return unused;
    }

    private static String match(Set<String> predicted, Set<String> used, String key, String alt) {
        for (String k : alt == null ? List.of(key) : List.of(key, alt)) {
            if (predicted.contains(k) && used.add(k)) {
                return k;
            }
        }
        return null;
    }

    private static boolean same(Map<String, Set<String>> names, String predictedId, GoldArticle gold, String goldId) {
        Set<String> goldNames = gold.entities().get(goldId).names();
        for (String n : names.getOrDefault(predictedId, Set.of())) {
            if (goldNames.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> surfaces(Extraction x) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Entity e : x.entities()) {
            Set<String> s = out.computeIfAbsent(e.id(), k -> new HashSet<>());
            s.add(GoldArticle.norm(e.name()));
            e.aliases().forEach(a -> s.add(GoldArticle.norm(a)));
        }
        for (Mention m : x.mentions()) {
            out.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(GoldArticle.norm(m.text()));
        }
        return out;
    }

    private static Map<String, Entity> index(Extraction x) {
        Map<String, Entity> out = new HashMap<>();
        x.entities().forEach(e -> out.put(e.id(), e));
        return out;
    }

    private static String country(Map<String, Entity> entities, String id) {
        Entity e = entities.get(id);
        return e == null ? null : e.country();
    }

    private static boolean overlaps(String trap, String evidence) {
        String a = trap.strip();
        String b = evidence.strip();
        return a.contains(b) || b.contains(a);
    }

    private static Score score(Map<Plover, Score> byType, Plover p) {
        return byType.computeIfAbsent(p, k -> new Score());
    }
}
