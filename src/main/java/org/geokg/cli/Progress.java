package org.geokg.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar counting articles, with their rate and an ETA, redrawn in place on a terminal; elsewhere
 * (a log, CI) the same line is printed every half minute, so a long run piped to a file still shows progress. A
 * file's articles are known once it is read, so the total is estimated from the files read so far: one large
 * JSON-lines file still shows its articles moving. Thread-safe: ingest workers report as they finish.
 */
final class Progress {
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;

    private final int files;
    private final PrintWriter err;
    private final boolean draw;
    private final long logEveryNanos;
    private final long start = System.nanoTime();
    private int filesRead;
    private long articlesKnown;
    private long articlesDone;
    private long lastLogged = System.nanoTime();

    Progress(int files, PrintWriter err, boolean draw) {
        this(files, err, draw, LOG_EVERY_NANOS);
    }

    Progress(int files, PrintWriter err, boolean draw, long logEveryNanos) {
        this.files = files;
        this.err = err;
        this.draw = draw;
        this.logEveryNanos = logEveryNanos;
    }

    static Progress create(int files, PrintWriter err) {
        return new Progress(files, err, System.console() != null);
    }

    /** A file was read and holds this many articles. */
    synchronized void fileRead(int articles) {
        filesRead++;
        articlesKnown += articles;
    }

    /** One more article extracted and stored, or skipped as already stored. */
    synchronized void article() {
        articlesDone++;
        if (draw) {
            err.print(line());
            err.flush();
        } else if (System.nanoTime() - lastLogged >= logEveryNanos) {
            lastLogged = System.nanoTime();
            err.println(line().substring(1).strip());
            err.flush();
        }
    }

    synchronized String line() {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = articlesDone / Math.max(seconds, 1e-9);
        long total = Math.max(articlesDone, estimatedTotal());
        long eta = Math.round((total - articlesDone) / Math.max(rate, 1e-9));
        int width = 30;
        int filled = (int) Math.min(width, Math.round(width * articlesDone / (double) Math.max(total, 1)));
        return String.format("\r[%s%s] %d/%s articles (file %d/%d)  %.1f articles/s  ETA %ds ", "=".repeat(filled),
                " ".repeat(width - filled), articlesDone, filesRead < files ? "~" + total : total, filesRead, files,
                rate, eta);
    }

    private long estimatedTotal() {
        return filesRead == 0 ? 0 : Math.round(articlesKnown + (files - filesRead) * (articlesKnown / (double) filesRead));
    }

    synchronized void message(String line) {
        if (draw) {
            err.print("\r\033[K");
        }
        err.println(line);
        err.flush();
    }

    synchronized void done() {
        if (draw) {
            err.println();
            err.flush();
        }
    }
}
