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

    private final JsonArticles json = new JsonArticles();

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

    public List<Article> read(Path file) {
        return parse(file, decode(file));
    }

    /** Parses content already read; {@code file} names the source in messages and picks the format. */
    public List<Article> parse(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (content.isBlank()) {
            throw new IngestException(file, "empty file");
        }
        List<Article> articles;
        if (name.endsWith(".json")) {
            articles = json.readDocument(file, content);
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            articles = json.readLines(file, content);
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            articles = List.of(HtmlArticles.read(file, content));
        } else if (name.endsWith(".txt")) {
            articles = List.of(TextArticles.read(file, content));
        } else {
            throw new IngestException(file, "unsupported file type (expected " + String.join(", ", EXTENSIONS) + ")");
        }
        return articles;
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
