package org.geokg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.geokg.model.Article;

/**
 * Synthetic news articles for {@code geokg bench}: sentences from templates of the kinds of events the extractor
 * codes, filled with actors from the bundled gazetteers, so the load looks like news (several actors, quotes,
 * filler) without shipping a corpus. The same seed gives the same articles; lengths vary from a few sentences to
 * a long report, because the NLP cost grows with sentence count and length.
 */
public final class ArticleGenerator {
    /** An actor as a sentence names it: its name and, for people, how news introduces them. */
    record Actor(String name, String intro) {
    }

    private static final String[] EVENTS = {
        "%s condemned the missile strikes launched by %s.",
        "%s imposed new sanctions on %s over the attacks.",
        "%s accused %s of violating the ceasefire agreement.",
        "%s rejected the demands made by %s on Tuesday.",
        "%s threatened to expel the diplomats of %s.",
        "%s signed a trade agreement with %s in the capital.",
        "%s met %s to discuss security cooperation.",
        "%s praised %s for its support during the crisis.",
        "%s called on %s to release the detained journalists.",
        "%s sent humanitarian aid to %s after the floods.",
        "%s deployed troops along the border with %s.",
        "%s warned %s against any military action.",
    };
    private static final String[] QUOTES = {
        "\"We will not accept any interference in our internal affairs,\" %s said of %s.",
        "%s said that %s had broken its promises.",
        "\"This is a violation of international law,\" %s told reporters, referring to %s.",
    };
    private static final String[] FILLER = {
        "Markets were calm after the announcement.",
        "Analysts said the talks could take several months.",
        "The statement was published late in the evening.",
        "Officials did not give further details.",
        "The decision follows weeks of tension in the region.",
        "Diplomats expect a vote at the next session.",
    };

    private final List<Actor> actors;

    public ArticleGenerator() {
        this(loadActors());
    }

    ArticleGenerator(List<Actor> actors) {
        this.actors = List.copyOf(actors);
    }

    /** {@code count} articles, the same for the same seed. */
    public List<Article> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(random, seed, i));
        }
        return out;
    }

    private Article article(Random random, long seed, int index) {
        int paragraphs = 2 + random.nextInt(10);
        StringBuilder text = new StringBuilder();
        String title = null;
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String sentence = sentence(random, p == 0 && s == 0);
                title = title == null ? sentence.substring(0, sentence.length() - 1) : title;
                text.append(s == 0 ? "" : " ").append(sentence);
            }
            text.append("\n\n");
        }
        LocalDate published = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(330));
        return new Article("bench:" + seed + ":" + index, title, published, "geokg-bench",
                "https://example.org/bench/" + seed + "/" + index, text.toString().strip());
    }

    private String sentence(Random random, boolean first) {
        int kind = first ? 0 : random.nextInt(10);
        Actor a = pick(random);
        Actor b = pick(random);
        while (b.equals(a) && actors.size() > 1) {
            b = pick(random);
        }
        if (kind < 6) {
            return String.format(EVENTS[random.nextInt(EVENTS.length)], capital(a.intro()), b.name());
        }
        if (kind < 8) {
            return String.format(QUOTES[random.nextInt(QUOTES.length)], a.intro(), b.name());
        }
        return FILLER[random.nextInt(FILLER.length)];
    }

    private Actor pick(Random random) {
        return actors.get(random.nextInt(actors.size()));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Countries, people (with their role) and organisations from the classpath gazetteers. */
    static List<Actor> loadActors() {
        List<Actor> out = new ArrayList<>();
        for (String[] row : rows("countries.tsv")) {
            out.add(new Actor(row[2], row[2]));
        }
        for (String[] row : rows("people.tsv")) {
            boolean role = row.length > 4 && !row[4].isBlank();
            out.add(new Actor(row[1], role ? row[4] + " " + row[1] : row[1]));
        }
        for (String[] row : rows("organizations.tsv")) {
            out.add(new Actor(row[2], "the " + row[2]));
        }
        return out;
    }

    /** Data rows of a gazetteer file: comments and the header row dropped, columns split on tabs. */
    private static List<String[]> rows(String file) {
        try (InputStream in = ArticleGenerator.class.getClassLoader().getResourceAsStream("gazetteer/" + file)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer/" + file + " is not on the classpath");
            }
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (!header) {
                    rows.add(line.split("\t", -1));
                }
                header = false;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer/" + file, e);
        }
    }
}
