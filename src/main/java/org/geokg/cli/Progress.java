package org.geokg.cli;

import java.io.PrintWriter;

/** A one-line progress bar with rate and ETA, drawn only on a terminal and for more than a handful of files. */
final class Progress {
    private static final int MIN_ITEMS = 5;

    private final int total;
    private final PrintWriter err;
    private final boolean draw;
    private final long start = System.nanoTime();
    private int done;

    private Progress(int total, PrintWriter err, boolean draw) {
        this.total = total;
        this.err = err;
        this.draw = draw;
    }

    static Progress create(int total, PrintWriter err) {
        return new Progress(total, err, System.console() != null && total > MIN_ITEMS);
    }

    void step() {
        done++;
        if (draw) {
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            long eta = Math.round((total - done) / Math.max(rate, 1e-9));
            int width = 30;
            int filled = (int) Math.round(width * done / (double) total);
            err.printf("\r[%s%s] %d/%d  %.1f files/s  ETA %ds ", "=".repeat(filled), " ".repeat(width - filled),
                    done, total, rate, eta);
            err.flush();
        }
    }

    void message(String line) {
        if (draw) {
            err.print("\r\033[K");
        }
        err.println(line);
        err.flush();
    }

    void done() {
        if (draw) {
            err.println();
            err.flush();
        }
    }
}
