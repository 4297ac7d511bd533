package org.geokg.ingest;

import java.nio.file.Path;

/** A source that cannot be read as an article; the message names the file and the problem. */
public class IngestException extends RuntimeException {
    private final Path file;

    public IngestException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
