package org.geokg.ingest;

import java.nio.file.Path;

/**
 * A source that cannot be read as an article; the message names the file, the line where one is known
 * ({@code FILE:LINE: problem}), and the problem.
 */
public class IngestException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String problem;

    public IngestException(Path file, String problem) {
        this(file, 0, problem);
    }

    public IngestException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The problem without the file and line. */
    public String problem() {
        return problem;
    }
}
