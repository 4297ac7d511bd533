package org.geokg.ingest;

import java.nio.file.Path;
import org.geokg.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** HTML pages: title, date and URL from the usual meta tags; text from the article's paragraphs. */
final class HtmlArticles {
    private HtmlArticles() {
    }

    static Article read(Path file, String content) {
        Document doc = Jsoup.parse(content);
        String title = first(doc.selectFirst("meta[property=og:title]"), "content");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text() : doc.title();
        }
        String date = first(doc.selectFirst("meta[property=article:published_time]"), "content");
        if (date == null) {
            date = first(doc.selectFirst("time[datetime]"), "datetime");
        }
        String url = first(doc.selectFirst("link[rel=canonical]"), "href");
        String source = first(doc.selectFirst("meta[property=og:site_name]"), "content");
        Element scope = doc.selectFirst("article");
        Elements paragraphs = (scope != null ? scope : doc.body() != null ? doc.body() : doc).select("p");
        StringBuilder text = new StringBuilder();
        for (Element p : paragraphs) {
            if (!p.text().isBlank()) {
                text.append(p.text()).append("\n\n");
            }
        }
        if (text.isEmpty() && doc.body() != null) {
            text.append(doc.body().text());
        }
        if (text.toString().isBlank()) {
            throw new IngestException(file, "no article text found in the HTML");
        }
        String heading = title == null || title.isBlank() ? null : title.strip();
        String body = heading == null ? text.toString() : heading + "\n\n" + text;
        return Articles.build(file, null, heading, date, source, url, body);
    }

    private static String first(Element e, String attr) {
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr);
    }
}
