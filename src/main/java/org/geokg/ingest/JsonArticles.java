package org.geokg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.model.Article;

/** JSON articles: {@code {id?, title, published?, source?, url?, text}}, as one object, an array, or JSON lines. */
final class JsonArticles {
    private final ObjectMapper mapper = new ObjectMapper();

    List<Article> readDocument(Path file, String content) {
        JsonNode root = parse(file, content, 0);
        if (root.isArray()) {
            List<Article> out = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                out.add(article(file, root.get(i), "item " + (i + 1)));
            }
            if (out.isEmpty()) {
                throw new IngestException(file, "empty JSON array, no articles");
            }
            return out;
        }
        return List.of(article(file, root, null));
    }

    List<Article> readLines(Path file, String content) {
        List<Article> out = new ArrayList<>();
        String[] lines = content.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(article(file, parse(file, lines[i], i + 1), "line " + (i + 1)));
            }
        }
        return out;
    }

    private JsonNode parse(Path file, String content, int line) {
        try {
            return mapper.readTree(content);
        } catch (JsonProcessingException e) {
            String where = line > 0 ? "line " + line : "line " + e.getLocation().getLineNr();
            throw new IngestException(file, "invalid JSON at " + where + ": " + e.getOriginalMessage());
        }
    }

    private Article article(Path file, JsonNode node, String where) {
        String prefix = where == null ? "" : where + ": ";
        if (!node.isObject()) {
            throw new IngestException(file, prefix + "expected a JSON object with \"title\" and \"text\"");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new IngestException(file, prefix + "missing or empty \"text\"");
        }
        try {
            return Articles.build(file, str(node, "id"), str(node, "title"), str(node, "published"),
                    str(node, "source"), str(node, "url"), text.asText());
        } catch (IngestException e) {
            throw new IngestException(file, prefix + e.getMessage().substring(file.toString().length() + 2));
        }
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
