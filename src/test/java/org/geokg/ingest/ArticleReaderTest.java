package org.geokg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geokg.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void textWithHeaderLines() throws IOException {
        Path f = write("a.txt", "Mexico rejects US troops\nDate: 2025-08-08\nSource: Wire\nURL: https://example.org/a\n\n"
                + "Mexico rejected the idea on Friday.\n\nSecond paragraph.");
        Article a = reader.read(f).get(0);
        assertThat(a.title()).isEqualTo("Mexico rejects US troops");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 8, 8));
        assertThat(a.source()).isEqualTo("Wire");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.text()).startsWith("Mexico rejects US troops\n\nMexico rejected the idea on Friday.");
        assertThat(a.id()).hasSize(16);
    }

    @Test
    void sameContentSameId() throws IOException {
        Path f1 = write("a.txt", "Title\n\nBody text.");
        Path f2 = write("b.txt", "Title\r\n\r\nBody text.\r\n");
        assertThat(reader.read(f1).get(0).id()).isEqualTo(reader.read(f2).get(0).id());
    }

    @Test
    void jsonObjectArrayAndLines() throws IOException {
        Path one = write("one.json", "{\"id\":\"x1\",\"title\":\"T\",\"published\":\"2025-02-03T10:00:00Z\",\"text\":\"Body.\"}");
        Path many = write("many.json", "[{\"title\":\"A\",\"text\":\"a.\"},{\"title\":\"B\",\"text\":\"b.\"}]");
        Path lines = write("l.jsonl", "{\"title\":\"A\",\"text\":\"a.\"}\n\n{\"title\":\"B\",\"text\":\"b.\"}\n");
        Article a = reader.read(one).get(0);
        assertThat(a.id()).isEqualTo("x1");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(reader.read(many)).extracting(Article::title).containsExactly("A", "B");
        assertThat(reader.read(lines)).extracting(Article::title).containsExactly("A", "B");
    }

    @Test
    void htmlArticle() throws IOException {
        Path f = write("p.html", "<html><head><title>Site</title><meta property=\"og:title\" content=\"Kyiv hit\">"
                + "<meta property=\"article:published_time\" content=\"2025-07-31T08:00:00Z\">"
                + "<link rel=\"canonical\" href=\"https://example.org/k\"></head><body><nav><p>Menu</p></nav>"
                + "<article><h1>Kyiv hit</h1><p>Russia attacked Kyiv.</p><p>Ukraine condemned it.</p></article></body></html>");
        Article a = reader.read(f).get(0);
        assertThat(a.title()).isEqualTo("Kyiv hit");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(a.url()).isEqualTo("https://example.org/k");
        assertThat(a.text()).contains("Russia attacked Kyiv.").contains("Ukraine condemned it.").doesNotContain("Menu");
    }

    @Test
    void badInputNamesFileAndProblem() throws IOException {
        Path badJson = write("bad.json", "{\"title\": \"x\", \"text\": ");
        Path noText = write("empty.json", "{\"title\": \"x\", \"text\": \"  \"}");
        Path badLine = write("l.jsonl", "{\"title\":\"A\",\"text\":\"a.\"}\nnot json\n");
        Path binary = dir.resolve("bin.txt");
        Files.write(binary, new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, (byte) 0xff});
        Path latin1 = dir.resolve("latin.txt");
        Files.write(latin1, "Title\n\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path badDate = write("d.txt", "Title\nDate: 8 August\n\nBody.");
        assertThatThrownBy(() -> reader.read(badJson)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith(badJson.toString()).hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> reader.read(noText)).hasMessageContaining("missing or empty \"text\"");
        assertThatThrownBy(() -> reader.read(badLine)).hasMessageContaining("l.jsonl:2: invalid JSON");
        assertThatThrownBy(() -> reader.read(binary)).hasMessageContaining("binary");
        assertThatThrownBy(() -> reader.read(latin1)).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> reader.read(badDate)).hasMessageContaining("bad date '8 August'");
        assertThatThrownBy(() -> reader.read(write("t.txt", "Only a title\n"))).hasMessageContaining("empty text");
    }

    @Test
    void expandWalksDirectoriesAndRejectsMissingPaths() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        write("sub/b.json", "{\"title\":\"B\",\"text\":\"b.\"}");
        write("a.txt", "A\n\na.");
        write("notes.md", "ignored");
        List<Path> files = reader.expand(List.of(dir));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.json");
        assertThatThrownBy(() -> reader.expand(List.of(dir.resolve("nope")))).hasMessageContaining("no such file");
    }

    @Test
    void aBatchKeepsTheGoodItemsAndNamesEachBadOne() throws IOException {
        Path lines = write("mixed.jsonl", "{\"title\":\"A\",\"text\":\"a.\"}\n{\"title\":\"B\",\"text\":5}\n"
                + "{\"title\":\"C\",\"text\":\"c.\"}\n" + "{\"a\":".repeat(2000) + "\n\"just a string\"\n");
        ArticleReader.Batch batch = reader.readAll(lines);
        assertThat(batch.articles()).extracting(Article::title).containsExactly("A", "C");
        assertThat(batch.problems()).extracting(Throwable::getMessage).containsExactly(
                lines + ":2: \"text\" must be a string (was a number)",
                lines + ":4: JSON nested deeper than 100 levels",
                lines + ":5: expected a JSON object with \"title\" and \"text\" (was a string)");
        Path array = write("arr.json", "[\n{\"title\":\"A\",\"text\":\"a.\"},\n{\"title\":true,\"text\":\"b.\"},\n"
                + "{\"title\":\"C\",\"text\":\"c.\",\"published\":[2025]}\n]");
        ArticleReader.Batch items = reader.readAll(array);
        assertThat(items.articles()).hasSize(1);
        assertThat(items.problems()).extracting(Throwable::getMessage).containsExactly(
                array + ":3: \"title\" must be a string (was a boolean)",
                array + ":4: \"published\" must be a string (was an array)");
        assertThatThrownBy(() -> reader.read(array)).as("all or nothing").hasMessageContaining(":3:");
        Path deep = write("deep.json", "[".repeat(1500) + "]".repeat(1500));
        assertThat(reader.readAll(deep).problems()).extracting(Throwable::getMessage)
                .containsExactly(deep + ":1: JSON nested deeper than 100 levels");
    }

    @Test
    void anArticleOverTheSizeLimitIsSkipped() throws IOException {
        ArticleReader small = new ArticleReader(50);
        Path f = write("big.jsonl", "{\"id\":\"s\",\"title\":\"A\",\"text\":\"short.\"}\n{\"id\":\"b\",\"title\":\"B\","
                + "\"text\":\"" + "x".repeat(60) + "\"}\n");
        ArticleReader.Batch batch = small.readAll(f);
        assertThat(batch.articles()).extracting(Article::id).containsExactly("s");
        assertThat(batch.problems()).extracting(Throwable::getMessage).containsExactly(f + ": article 'b' has 60"
                + " characters of text, over the limit of 50 (GEOKG_MAX_ARTICLE_CHARS)");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
