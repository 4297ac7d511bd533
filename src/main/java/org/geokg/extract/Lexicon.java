package org.geokg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.model.Plover;
import org.geokg.resolve.Tsv;

/**
 * The event lexicons under {@code lexicon/}: verbs and nouns mapped to PLOVER types, light verbs that hand a
 * nominal event to their subject, and cue words for negation, modality and speech. Data, loaded once.
 */
final class Lexicon {

    /** Where the target of an event is: the direct object, an oblique with a preposition, or an indirect object. */
    record Frame(String lemma, String slot, Plover plover, String predicate, double confidence) {
        boolean direct() {
            return slot.equals("dobj");
        }
    }

    /** A verb's sense chosen by its object noun; {@code plover} null when the object makes it no event. */
    record ObjectFrame(String verb, String object, List<String> targets, Plover plover, String predicate,
                       double confidence) {
    }

    private static volatile Lexicon instance;

    private final Map<String, List<Frame>> verbs = new HashMap<>();
    private final Map<String, List<Frame>> nouns = new HashMap<>();
    private final Set<String> lightVerbs = new HashSet<>();
    private final Set<String> triggers = new HashSet<>();
    private final Map<String, Set<String>> cues = new HashMap<>();
    private final Map<String, Set<String>> descriptions = new HashMap<>();
    private final Map<String, List<ObjectFrame>> objectFrames = new HashMap<>();
    private final Map<String, Double> factors = new HashMap<>();

    static Lexicon load() {
        Lexicon lex = instance;
        if (lex == null) {
            synchronized (Lexicon.class) {
                if (instance == null) {
                    Lexicon fresh = new Lexicon();
                    fresh.read();
                    instance = fresh;
                }
                lex = instance;
            }
        }
        return lex;
    }

    List<Frame> verb(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    List<Frame> noun(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /** Whether any frame of the verb codes one of the given types ("urge" is a REQUEST verb). */
    boolean verbOfType(String lemma, Set<Plover> types) {
        return verb(lemma).stream().anyMatch(f -> types.contains(f.plover()));
    }

    /** Whether a lemma can start an event: a lexicon verb, noun or adjective, or the verb of a phrasal entry. */
    boolean trigger(String lemma) {
        return triggers.contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean lightVerb(String lemma) {
        return lightVerbs.contains(lemma);
    }

    boolean cue(String kind, String lemma) {
        return cues.getOrDefault(kind, Set.of()).contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The senses a verb takes with this object noun ("cut" + "aid"), or none. */
    List<ObjectFrame> objectFrames(String verb, String object) {
        return objectFrames.getOrDefault(verb + "|" + object.toLowerCase(Locale.ROOT), List.of());
    }

    /** The sectors of the organizations a definite class noun can stand for ("the bloc": IGO), or none. */
    Set<String> describes(String lemma) {
        return descriptions.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of());
    }

    /** A named confidence factor or threshold from extract/factors.tsv; a missing name is a programming error. */
    double factor(String name) {
        Double f = factors.get(name);
        if (f == null) {
            throw new IllegalStateException("extract/factors.tsv has no factor '" + name + "'");
        }
        return f;
    }

    int verbCount() {
        return verbs.values().stream().mapToInt(List::size).sum();
    }

    private void read() {
        readFrames();
        for (String[] row : rows("lexicon/light_verbs.tsv", 1)) {
            lightVerbs.add(row[0].toLowerCase(Locale.ROOT));
        }
        readObjectFrames();
        for (String[] row : rows("lexicon/cues.tsv", 2)) {
            cues.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
        for (String[] row : rows("extract/factors.tsv", 2)) {
            factors.put(row[0].strip(), Double.parseDouble(row[1].strip()));
        }
        for (String[] row : rows("lexicon/descriptions.tsv", 2)) {
            descriptions.put(row[0].toLowerCase(Locale.ROOT), Set.of(row[1].strip().split("\\|")));
        }
        addTriggers(verbs.keySet());
        addTriggers(nouns.keySet());
        for (String kind : List.of("blame_adjective", "harm_verb", "joint", "negated_reject", "hostile")) {
            addTriggers(cues.getOrDefault(kind, Set.of()));
        }
    }

    private void readFrames() {
        for (String file : List.of("lexicon/verbs.tsv", "lexicon/verbs_more.tsv")) {
            for (String[] row : rows(file, 5)) {
                add(verbs, new Frame(row[0], slot(row[1]), Plover.parse(row[2]), row[3], Double.parseDouble(row[4])));
            }
        }
        for (String file : List.of("lexicon/nouns.tsv", "lexicon/nouns_more.tsv")) {
            for (String[] row : rows(file, 5)) {
                for (String prep : row[1].split("\\|")) {
                    String slot = prep.isBlank() ? "none" : "prep:" + prep.strip().replace(' ', '_');
                    add(nouns, new Frame(row[0], slot, Plover.parse(row[2]), row[3], Double.parseDouble(row[4])));
                }
            }
        }
    }

    private void readObjectFrames() {
        for (String[] row : rows("lexicon/verb_objects.tsv", 6)) {
            Plover plover = row[3].strip().equals("NONE") ? null : Plover.parse(row[3]);
            List<String> targets = List.of(row[2].strip().split("\\|"));
            for (String object : row[1].split("\\|")) {
                String key = row[0].strip() + "|" + object.strip();
                objectFrames.computeIfAbsent(key, k -> new ArrayList<>()).add(new ObjectFrame(row[0].strip(),
                        object.strip(), targets, plover, row[4], Double.parseDouble(row[5])));
            }
            if (!lightVerb(row[0].strip())) {
                // a light verb's event noun is the trigger ("had talks with")
                triggers.add(row[0].strip().split(" ")[0]);
            }
        }
    }

    private static String slot(String frame) {
        return frame.startsWith("prep:") ? "prep:" + frame.substring(5).strip().replace(' ', '_') : frame.strip();
    }

    private void addTriggers(Set<String> lemmas) {
        for (String lemma : lemmas) {
            triggers.add(lemma.toLowerCase(Locale.ROOT).split("[ _]+")[0]);
        }
    }

    private static void add(Map<String, List<Frame>> into, Frame f) {
        into.computeIfAbsent(f.lemma().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
    }

    /** Data rows (after the comment header and the column-header row), each with at least {@code min} cells. */
    private static List<String[]> rows(String resource, int min) {
        return Tsv.cells(resource, min);
    }
}
