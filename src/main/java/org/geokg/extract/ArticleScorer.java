package org.geokg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.model.Plover;

/**
 * Scores one article's facts against its gold facts at the dyad or entity level, the way
 * {@code ../shared/tools/score.py} does, so that the two agree on every count: a gold fact is found when some
 * prediction has one of its types and matching sides (either direction when symmetric); one prediction may find
 * several gold facts; predictions are distinct keys, and a key that found nothing is a false positive. At the dyad
 * level a side matches by country, or by name when the gold side has none (an international body); at the entity
 * level by a shared normalised name or mention.
 */
final class ArticleScorer {
    enum Level { DYAD, ENTITY }

    /** The counts of one article: per gold fact found or not, per key matched or not, and the keys of each fact. */
    record Outcome(List<Boolean> goldFound, Map<Plover, int[]> byType, int tp, int fp, int fn,
                   Map<Fact, Boolean> factCorrect) {
    }

    private record Key(Object subject, Plover plover, Object object) {
    }

    private ArticleScorer() {
    }

    static Outcome score(GoldArticle gold, Extraction x, List<Fact> facts, Level level) {
        Map<String, Entity> entities = new HashMap<>();
        x.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, Set<String>> mentions = mentions(x);
        Map<Object, Set<String>> namesOf = new HashMap<>();
        Map<Fact, Key> keyOf = new HashMap<>();
        for (Fact f : facts) {
            Entity s = entities.get(f.subject());
            Entity o = entities.get(f.object());
            if (s == null || o == null) {
                continue;
            }
            Set<String> ss = surface(s, mentions);
            Set<String> os = surface(o, mentions);
            Key k;
            if (level == Level.DYAD) {
                Object ks = countryKey(s);
                Object ko = countryKey(o);
                namesOf.computeIfAbsent(ks, z -> new HashSet<>()).addAll(ss);
                namesOf.computeIfAbsent(ko, z -> new HashSet<>()).addAll(os);
                k = new Key(ks, f.plover(), ko);
            } else {
                k = new Key(ss, f.plover(), os);
            }
            keyOf.put(f, k);
        }
        Set<Key> preds = new java.util.LinkedHashSet<>(keyOf.values());
        Set<Key> matched = new HashSet<>();
        List<Boolean> found = new ArrayList<>();
        Map<Plover, int[]> byType = new java.util.EnumMap<>(Plover.class);
        int tp = 0;
        int fn = 0;
        for (GoldArticle.GoldFact g : gold.facts()) {
            GoldArticle.GoldEntity s = gold.entities().get(g.subject());
            GoldArticle.GoldEntity o = gold.entities().get(g.object());
            Key hit = null;
            for (Key p : preds) {
                if (!g.types().contains(p.plover())) {
                    continue;
                }
                boolean ok = side(p.subject(), s, level, namesOf) && side(p.object(), o, level, namesOf);
                if (!ok && g.symmetric()) {
                    ok = side(p.subject(), o, level, namesOf) && side(p.object(), s, level, namesOf);
                }
                if (ok) {
                    hit = p;
                    break;
                }
            }
            int[] t = byType.computeIfAbsent(g.types().get(0), z -> new int[3]);
            found.add(hit != null);
            if (hit != null) {
                tp++;
                t[0]++;
                matched.add(hit);
            } else {
                fn++;
                t[2]++;
            }
        }
        int fp = 0;
        for (Key p : preds) {
            if (!matched.contains(p)) {
                fp++;
                byType.computeIfAbsent(p.plover(), z -> new int[3])[1]++;
            }
        }
        Map<Fact, Boolean> correct = new java.util.LinkedHashMap<>();
        keyOf.forEach((f, k) -> correct.put(f, matched.contains(k)));
        return new Outcome(found, byType, tp, fp, fn, correct);
    }

    @SuppressWarnings("unchecked")
    private static boolean side(Object key, GoldArticle.GoldEntity g, Level level, Map<Object, Set<String>> namesOf) {
        String country = g.dyadCountry();
        if (level == Level.DYAD && country != null) {
            return country.equals(key);
        }
        Set<String> goldNames = g.surfaces();
        if (level == Level.ENTITY) {
            return ((Set<String>) key).stream().anyMatch(goldNames::contains);
        }
        for (String n : namesOf.getOrDefault(key, Set.of())) {
            for (String gs : goldNames) {
                if (overlaps(n, gs)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** score.py's pred_country: the country, a country's own code, else a key of its own (matching only by name). */
    private static Object countryKey(Entity e) {
        String c = e.country();
        if ((c == null || c.isBlank()) && e.type() == org.geokg.model.ActorType.Country) {
            c = e.id().substring(e.id().lastIndexOf(':') + 1).toUpperCase(Locale.ROOT);
        }
        return c == null || c.isBlank() ? "?" + e.id() : c.toUpperCase(Locale.ROOT);
    }

    private static Map<String, Set<String>> mentions(Extraction x) {
        Map<String, Set<String>> out = new HashMap<>();
        x.mentions().forEach(m -> out.computeIfAbsent(m.entityId(), k -> new java.util.LinkedHashSet<>()).add(m.text()));
        return out;
    }

    /** The name and the mentions, as {@code extract --format json} prints them and score.py reads them. */
    private static Set<String> surface(Entity e, Map<String, Set<String>> mentions) {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>();
        all.add(e.name());
        all.addAll(mentions.getOrDefault(e.id(), Set.of()));
        for (String s : all) {
            String n = norm(s);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return Set.copyOf(out);
    }

    static boolean overlaps(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return shorter.length() >= 3 && (" " + longer + " ").contains(" " + shorter + " ");
    }

    /** score.py's norm: ASCII-folded, lower case, no leading "the", no trailing "'s", words of letters and digits. */
    static String norm(String s) {
        String a = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT).strip();
        a = a.replaceFirst("^(the)\\s+", "");
        a = a.replaceFirst("['\u2019]s$", "");
        return a.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
