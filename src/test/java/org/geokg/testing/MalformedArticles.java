package org.geokg.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A few hundred malformed articles, made from valid ones by a seeded random generator: truncations, stray
 * control characters, wrong field types, deep nesting, over-long text, bad encodings, missing text, bad dates and
 * JSON-lines files or arrays whose every item is bad. None of them holds an article that may be stored.
 */
public final class MalformedArticles {
    /** One malformed input: a file name (its extension picks the format) and its bytes. */
    public record Case(String name, byte[] bytes) {
        public boolean lines() {
            return name.endsWith(".jsonl");
        }
    }

    private static final String[] FIELDS = {"id", "title", "published", "source", "url", "text"};
    private static final String[] WRONG = {"5", "true", "[\"x\"]", "{\"x\": 1}", "-0.5e3", "[]", "{}"};

    private final Random random = new Random(16);
    private final List<Case> cases = new ArrayList<>();

    private MalformedArticles() {
    }

    /** The cases; {@code maxChars} is the article-size limit the over-long ones must exceed. */
    public static List<Case> generate(int maxChars) {
        MalformedArticles m = new MalformedArticles();
        m.truncations(90);
        m.controlCharacters(50);
        m.wrongTypes();
        m.deepNesting();
        m.overLong(maxChars);
        m.badEncodings();
        m.noText();
        m.badDates();
        m.badLinesAndItems(20);
        return List.copyOf(m.cases);
    }

    private String valid(int n) {
        return "{\"id\": \"fuzz-" + n + "\", \"title\": \"Talks " + n + "\", \"published\": \"2025-0" + (1 + n % 9)
                + "-1" + n % 10 + "\", \"source\": \"Wire\", \"url\": \"https://example.org/" + n + "\", \"text\":"
                + " \"Germany condemned the attack on Ukraine, and France sent aid " + n + " days later.\"}";
    }

    private void add(String ext, String content) {
        add(ext, content.getBytes(StandardCharsets.UTF_8));
    }

    private void add(String ext, byte[] bytes) {
        cases.add(new Case(String.format("case-%03d.%s", cases.size(), ext), bytes));
    }

    private void truncations(int n) {
        for (int i = 0; i < n; i++) {
            String v = valid(i);
            add("json", v.substring(0, 1 + random.nextInt(v.length() - 2)));
        }
    }

    /** A raw control character is invalid anywhere in JSON: inside a string and outside. */
    private void controlCharacters(int n) {
        for (int i = 0; i < n; i++) {
            String v = valid(i);
            int at = 1 + random.nextInt(v.length() - 2);
            add("json", v.substring(0, at) + (char) (1 + random.nextInt(8)) + v.substring(at));
        }
    }

    private void wrongTypes() {
        for (String field : FIELDS) {
            for (String wrong : WRONG) {
                add("json", valid(cases.size()).replaceFirst("\"" + field + "\": \"[^\"]*\"",
                        "\"" + field + "\": " + java.util.regex.Matcher.quoteReplacement(wrong)));
            }
        }
    }

    private void deepNesting() {
        for (int depth : new int[] {101, 150, 1_000, 5_000, 20_000}) {
            add("json", "[".repeat(depth) + "]".repeat(depth));
            add("json", valid(depth).replace("\"source\": \"Wire\"",
                    "\"source\": " + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
        }
    }

    private void overLong(int maxChars) {
        String words = "Russia attacked Ukraine. ".repeat(maxChars / 25 + 2);
        add("json", "{\"title\": \"long\", \"text\": \"" + words + "\"}");
        add("txt", "Long\n\n" + words);
        add("jsonl", "{\"title\": \"long\", \"text\": \"" + words + "\"}\n");
    }

    private void badEncodings() {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}, {0}};
        for (byte[] b : bad) {
            for (String ext : new String[] {"json", "txt", "jsonl"}) {
                String v = ext.equals("txt") ? "Title\n\nGermany condemned the attack on Ukraine." : valid(cases.size());
                byte[] head = v.substring(0, v.length() - 10).getBytes(StandardCharsets.UTF_8);
                byte[] tail = v.substring(v.length() - 10).getBytes(StandardCharsets.UTF_8);
                byte[] all = new byte[head.length + b.length + tail.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(b, 0, all, head.length, b.length);
                System.arraycopy(tail, 0, all, head.length + b.length, tail.length);
                add(ext, all);
            }
        }
        add("json", valid(0).getBytes(StandardCharsets.UTF_16));
        add("json", valid(1).getBytes(StandardCharsets.UTF_16LE));
    }

    private void noText() {
        for (String text : new String[] {"", " ", "\\n\\t", "null"}) {
            add("json", valid(cases.size()).replaceFirst("\"text\": \"[^\"]*\"",
                    java.util.regex.Matcher.quoteReplacement(
                            "\"text\": " + (text.equals("null") ? "null" : "\"" + text + "\""))));
        }
        add("json", "{\"title\": \"no text\"}");
        for (String notObject : new String[] {"5", "\"text\"", "true", "null", "[1, 2]", "[]", "[[]]", "{}"}) {
            add("json", notObject);
        }
        add("json", "");
        add("json", "   \n ");
        add("txt", "");
        add("txt", "\n\n\n");
        add("jsonl", "\n\n");
    }

    private void badDates() {
        for (String date : new String[] {"yesterday", "2025-13-01", "2025-02-30", "25-01-01", "2025/01/01", "0",
                "2025-1-1", "2025-01-01T25:00:00Z"}) {
            add("json", valid(cases.size()).replaceFirst("\"published\": \"[^\"]*\"", "\"published\": \"" + date + "\""));
        }
    }

    private void badLinesAndItems(int n) {
        for (int i = 0; i < n; i++) {
            List<Case> parts = cases.subList(0, 90 + 50); // truncations and control characters
            String a = new String(parts.get(random.nextInt(parts.size())).bytes(), StandardCharsets.UTF_8);
            String b = valid(i).replace("\"text\": \"", "\"text\": 7, \"x\": \"");
            add(i % 2 == 0 ? "jsonl" : "json", i % 2 == 0 ? a + "\n" + b + "\n" : "[" + b + ",\n" + b + "]");
        }
    }
}
