package org.geokg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.geokg.model.Article;
import org.geokg.model.Ids;

/** Shared checks and normalisation for every input format. */
final class Articles {
    private Articles() {
    }

    static Article build(Path file, String id, String title, String published, String source, String url,
                         String text) {
        String body = normalise(text);
        if (body.isBlank()) {
            throw new IngestException(file, "empty text");
        }
        String heading = title == null || title.isBlank() ? firstLine(body) : title.strip();
        String articleId = id == null || id.isBlank() ? Ids.hash(heading + "\n" + body) : id.strip();
        return new Article(articleId, heading, date(file, published), blankToNull(source), blankToNull(url), body);
    }

    static LocalDate date(Path file, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() <= 10) {
                return LocalDate.parse(v);
            }
            // A timestamp keeps its calendar date, as written; its time must be valid all the same.
            java.time.temporal.TemporalAccessor t = java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(v);
            return LocalDate.from(t);
        } catch (DateTimeParseException e) {
            throw new IngestException(file, "bad date '" + v + "' (expected YYYY-MM-DD or an ISO 8601 date-time)");
        }
    }

    /** Unix line ends and no trailing spaces, so offsets and hashes do not depend on the platform. */
    static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String firstLine(String body) {
        int nl = body.indexOf('\n');
        String line = nl < 0 ? body : body.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
