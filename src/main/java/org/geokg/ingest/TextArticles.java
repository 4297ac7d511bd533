package org.geokg.ingest;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.model.Article;

/**
 * Plain-text articles: the first line is the title; optional {@code Date:}, {@code Source:}, {@code URL:} lines
 * may follow it; the text starts after the first blank line (or right after the header lines).
 */
final class TextArticles {
    private static final Pattern HEADER = Pattern.compile("^(Date|Source|URL|Id):\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private TextArticles() {
    }

    static Article read(Path file, String content) {
        String[] lines = Articles.normalise(content).split("\n", -1);
        String title = lines[0].strip();
        String date = null;
        String source = null;
        String url = null;
        String id = null;
        int i = 1;
        for (; i < lines.length; i++) {
            Matcher m = HEADER.matcher(lines[i].strip());
            if (!m.matches()) {
                break;
            }
            switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "date" -> date = m.group(2);
                case "source" -> source = m.group(2);
                case "url" -> url = m.group(2);
                default -> id = m.group(2);
            }
        }
        StringBuilder text = new StringBuilder();
        for (; i < lines.length; i++) {
            text.append(lines[i]).append('\n');
        }
        if (text.toString().isBlank()) {
            throw new IngestException(file, "empty text (only a title line)");
        }
        // The headline is the first sentence of the text too: headlines carry facts.
        return Articles.build(file, id, title, date, source, url, title + "\n\n" + text.toString().strip());
    }
}
