package org.geokg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.model.Mention;
import org.geokg.model.Plover;

/**
 * Scores extraction on records whose gold actor and recipient are marked as text spans with no country (the PLV
 * format: a JSON array of one-sentence records). Matching follows {@code ../shared/tools/score_spans.py}: a
 * predicted actor matches a span when one of its surface forms occurs in the span as whole words or the span in
 * it; a record is found when an asserted fact runs from the source span to the target span (reversed only for
 * the symmetric types), and typed when that fact's type is one of the gold types. Only recall is measured: the
 * sentences hold other, unmarked events.
 */
public final class SpanScorer {
    private static final Set<Plover> SYMMETRIC = Set.of(Plover.CONSULT, Plover.AGREE, Plover.COOPERATE);

    /** Records, pairs found, pairs found with a right type, and typed recall per gold type set. */
    public record Report(int records, int found, int typed, Map<String, int[]> byType) {
        public double pairRecall() {
            return records == 0 ? 0 : found / (double) records;
        }

        public double typedRecall() {
            return records == 0 ? 0 : typed / (double) records;
        }

        public double typeAccuracy() {
            return found == 0 ? 0 : typed / (double) found;
        }
    }

    /** A span-marked record: the sentence as an article, the marked actor and recipient, the gold types. */
    public record SpanRecord(Article article, String source, String target, Set<Plover> types) {
    }

    private final Extractor extractor;

    public SpanScorer(Extractor extractor) {
        this.extractor = extractor;
    }

    /** True when the file is a JSON array of span-marked records (entities without type or country). */
    public static boolean isSpanFile(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (!root.isArray() || root.isEmpty()) {
                return false;
            }
            for (JsonNode e : root.get(0).path("entities")) {
                if (!e.path("type").isNull() || !e.path("country").isNull()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    public Report score(List<Path> files) {
        int records = 0;
        int found = 0;
        int typed = 0;
        Map<String, int[]> byType = new TreeMap<>();
        for (Path file : files) {
            for (SpanRecord r : read(file)) {
                records++;
                int[] cell = byType.computeIfAbsent(key(r.types()), k -> new int[2]);
                cell[1]++;
                int hit = match(r, extractor.extract(r.article()));
                found += hit > 0 ? 1 : 0;
                typed += hit > 1 ? 1 : 0;
                cell[0] += hit > 1 ? 1 : 0;
            }
        }
        return new Report(records, found, typed, byType);
    }

    /** 0: no fact on the pair; 1: the pair with a wrong type; 2: the pair with a gold type. */
    private static int match(SpanRecord r, Extraction x) {
        Map<String, Set<String>> forms = new HashMap<>();
        x.entities().forEach(e -> forms.computeIfAbsent(e.id(), k -> new HashSet<>()).add(e.name()));
        for (Mention m : x.mentions()) {
            forms.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(m.text());
        }
        int best = 0;
        for (Fact f : x.facts()) {
            if (!f.asserted()) {
                continue;
            }
            Set<String> s = forms.getOrDefault(f.subject(), Set.of(f.subject()));
            Set<String> o = forms.getOrDefault(f.object(), Set.of(f.object()));
            boolean direct = matches(s, r.source()) && matches(o, r.target());
            boolean reversed = SYMMETRIC.contains(f.plover()) && matches(s, r.target()) && matches(o, r.source());
            if (direct || reversed) {
                best = Math.max(best, r.types().contains(f.plover()) ? 2 : 1);
            }
        }
        return best;
    }

    static boolean matches(Set<String> forms, String span) {
        String sp = norm(span);
        for (String f : forms) {
            String nf = norm(f);
            if (!nf.isBlank() && (sp.contains(nf) || nf.contains(sp))) {
                return true;
            }
        }
        return false;
    }

    static String norm(String s) {
        String ascii = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        return " " + ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }

    private static String key(Set<Plover> types) {
        return String.join("/", types.stream().map(Enum::name).sorted().toList());
    }

    /** The records of a PLV file, keyed by id with the last record winning, as the shared scorer reads them. */
    public static List<SpanRecord> read(Path file) {
        try {
            Map<String, SpanRecord> out = new java.util.LinkedHashMap<>();
            for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
                Map<String, String> names = new HashMap<>();
                n.path("entities").forEach(e -> names.put(e.get("id").asText(), e.get("name").asText()));
                JsonNode f = n.path("facts").get(0);
                Set<Plover> types = new HashSet<>();
                f.get("plover").forEach(t -> types.add(Plover.parse(t.asText())));
                Article a = new Article(n.get("id").asText(), n.get("id").asText(), null, null, null,
                        n.get("text").asText());
                out.put(a.id(), new SpanRecord(a, names.get(f.get("subject").asText()), names.get(f.get("object").asText()),
                        types));
            }
            return new ArrayList<>(out.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }
}
