package org.geokg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.geokg.model.Article;

/**
 * Reads articles from files: {@code .txt}, {@code .json} (one article or an array), {@code .jsonl} (one a line)
 * and {@code .html}. Directories are walked recursively. Every problem becomes an {@link IngestException} naming
 * the file, so a batch can report it and go on.
 */
public final class ArticleReader {
    private static final List<String> EXTENSIONS = List.of(".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm");

    /** Longest article text read by default: 1,000,000 characters (GEOKG_MAX_ARTICLE_CHARS). */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    /** What a file held: the articles that could be read, and a problem for each part that could not. */
    public record Batch(List<Article> articles, List<IngestException> problems) {
        public Batch {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private final JsonArticles json = new JsonArticles();
    private final int maxChars;

    /** With the limit of GEOKG_MAX_ARTICLE_CHARS (environment, or a JVM property of that name). */
    public ArticleReader() {
        this(maxCharsFromEnvironment());
    }

    public ArticleReader(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The article files under the given paths, in a stable order. Missing paths are an error. */
    public List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IngestException(path, "no such file or directory");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleReader::supported).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new IngestException(path, "cannot list directory: " + e.getMessage());
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** All of a file or nothing: the first problem is thrown. */
    public List<Article> read(Path file) {
        return parse(file, decode(file));
    }

    /** Parses content already read, all or nothing (the API's rule for one request). */
    public List<Article> parse(Path file, String content) {
        Batch batch = parseAll(file, content);
        if (!batch.problems().isEmpty()) {
            throw batch.problems().get(0);
        }
        return batch.articles();
    }

    /** The good articles of a file and a problem for each bad part (a batch's rule: the good rest is stored). */
    public Batch readAll(Path file) {
        try {
            return parseAll(file, decode(file));
        } catch (IngestException e) {
            return new Batch(List.of(), List.of(e));
        }
    }

    /** As {@link #readAll}, of content already read; {@code file} names the source and picks the format. */
    public Batch parseAll(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (content.isBlank()) {
            return new Batch(List.of(), List.of(new IngestException(file, "empty file")));
        }
        try {
            Batch read;
            if (name.endsWith(".json")) {
                read = json.readDocument(file, content);
            } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                read = json.readLines(file, content);
            } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                read = new Batch(List.of(HtmlArticles.read(file, content)), List.of());
            } else if (name.endsWith(".txt")) {
                read = new Batch(List.of(TextArticles.read(file, content)), List.of());
            } else {
                throw new IngestException(file, "unsupported file type (expected " + String.join(", ", EXTENSIONS)
                        + ")");
            }
            return withinLimit(file, read);
        } catch (IngestException e) {
            return new Batch(List.of(), List.of(e));
        }
    }

    /** An article longer than the limit is skipped before extraction, whose cost grows faster than its size. */
    private Batch withinLimit(Path file, Batch read) {
        List<Article> ok = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>(read.problems());
        for (Article a : read.articles()) {
            if (a.text().length() > maxChars) {
                problems.add(new IngestException(file, "article '" + a.id() + "' has " + a.text().length()
                        + " characters of text, over the limit of " + maxChars + " (GEOKG_MAX_ARTICLE_CHARS)"));
            } else {
                ok.add(a);
            }
        }
        return new Batch(ok, problems);
    }

    private static int maxCharsFromEnvironment() {
        String v = System.getProperty("GEOKG_MAX_ARTICLE_CHARS", System.getenv("GEOKG_MAX_ARTICLE_CHARS"));
        if (v == null || v.isBlank()) {
            return DEFAULT_MAX_CHARS;
        }
        try {
            int n = Integer.parseInt(v.strip().replace("_", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("GEOKG_MAX_ARTICLE_CHARS must be a positive number of characters (was '"
                + v + "')");
    }

    private static boolean supported(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Strict UTF-8: binary files and other encodings are refused instead of being stored as garbage. */
    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read: " + e.getMessage());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new IngestException(file, "binary content, not a text article");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IngestException(file, "not valid UTF-8 text (binary or another encoding)");
        }
    }
}
