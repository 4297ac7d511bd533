package org.geokg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.model.Article;

/**
 * JSON articles: {@code {id?, title, published?, source?, url?, text}}, as one object, an array, or JSON lines.
 * In an array or a JSON-lines file each item stands alone: a bad one is reported with its line and the others
 * are kept. Nesting is bounded, since an article is flat: deeper input is refused with a clear error, not
 * a stack overflow or Jackson's internal limit.
 */
final class JsonArticles {
    static final int MAX_DEPTH = 100;
    private static final String[] FIELDS = {"id", "title", "published", "source", "url"};

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());

    ArticleReader.Batch readDocument(Path file, String content) {
        List<Article> out = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        try (JsonParser p = mapper.createParser(content)) {
            try {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    return new ArticleReader.Batch(List.of(article(file, mapper.readTree(content), 0)), List.of());
                }
                readItems(file, p, out, problems);
            } catch (JsonProcessingException e) {
                problems.add(invalid(file, e, e.getLocation() == null ? p.currentLocation().getLineNr() : 0));
            }
        } catch (IOException e) {
            problems.add(new IngestException(file, "cannot read: " + e.getMessage()));
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(new IngestException(file, "empty JSON array, no articles"));
        }
        return new ArticleReader.Batch(out, problems);
    }

    /** Item by item, so that each is judged on its own and a problem names the line the item starts on. */
    private void readItems(Path file, JsonParser p, List<Article> out, List<IngestException> problems)
            throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new IngestException(file, p.currentLocation().getLineNr(), "the JSON array is not closed");
            }
            int line = p.currentTokenLocation().getLineNr();
            JsonNode item = mapper.readTree(p);
            try {
                out.add(article(file, item, line));
            } catch (IngestException e) {
                problems.add(e);
            }
        }
    }

    ArticleReader.Batch readLines(Path file, String content) {
        List<Article> out = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        String[] lines = content.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                out.add(article(file, parse(file, lines[i], i + 1), i + 1));
            } catch (IngestException e) {
                problems.add(e);
            }
        }
        return new ArticleReader.Batch(out, problems);
    }

    private JsonNode parse(Path file, String content, int line) {
        try {
            return mapper.readTree(content);
        } catch (JsonProcessingException e) {
            throw invalid(file, e, line);
        }
    }

    /** Jackson's constraint errors carry no location; the line of the item is the best there is then. */
    private static IngestException invalid(Path file, JsonProcessingException e, int line) {
        JsonLocation at = e.getLocation();
        int where = line > 0 ? line : at == null ? 0 : at.getLineNr();
        String message = e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                ? "JSON nested deeper than " + MAX_DEPTH + " levels" : "invalid JSON: " + e.getOriginalMessage();
        return new IngestException(file, Math.max(where, 0), message);
    }

    private Article article(Path file, JsonNode node, int line) {
        if (!node.isObject()) {
            throw new IngestException(file, line, "expected a JSON object with \"title\" and \"text\" (was "
                    + kind(node) + ")");
        }
        for (String field : FIELDS) {
            string(file, node, field, line);
        }
        JsonNode text = node.get("text");
        string(file, node, "text", line);
        if (text == null || text.isNull() || text.asText().isBlank()) {
            throw new IngestException(file, line, "missing or empty \"text\"");
        }
        try {
            return Articles.build(file, str(node, "id"), str(node, "title"), str(node, "published"),
                    str(node, "source"), str(node, "url"), text.asText());
        } catch (IngestException e) {
            throw new IngestException(file, line, e.problem());
        }
    }

    /** Strict types: a field is a string, null or absent; anything else names the field and what it was. */
    private static void string(Path file, JsonNode node, String field, int line) {
        JsonNode v = node.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw new IngestException(file, line, "\"" + field + "\" must be a string (was " + kind(v) + ")");
        }
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            default -> "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
