package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The ingest progress line counts articles, estimates the total from the files read so far, and gives an ETA. */
class ProgressTest {
    @Test
    void countsArticlesAndEstimatesTheTotalFromTheFilesRead() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(4, new PrintWriter(out), true);
        p.fileRead(10);
        for (int i = 0; i < 5; i++) {
            p.article();
        }
        assertThat(p.line()).contains("5/~40 articles (file 1/4)").contains("articles/s").contains("ETA");
        p.fileRead(10);
        p.fileRead(10);
        p.fileRead(10);
        assertThat(p.line()).contains("5/40 articles (file 4/4)");
        assertThat(out.toString()).contains("\r[");
    }

    @Test
    void printsPlainLinesToALogEveryInterval() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(1, new PrintWriter(out), false, 0);
        p.fileRead(2);
        p.article();
        p.article();
        p.done();
        assertThat(out.toString()).doesNotContain("\r")
                .contains("1/2 articles (file 1/1)").contains("2/2 articles (file 1/1)");
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void printsNothingOffATerminalWithinTheInterval() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(10, new PrintWriter(out), false);
        p.fileRead(3);
        p.article();
        p.done();
        assertThat(out.toString()).isEmpty();
    }
}
