package org.geokg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary directories for stores and profiles that outlive one test (a per-class server, the shared Neo4j):
 * {@code @TempDir} cannot hold those, and {@code createTempDirectory} alone leaves them behind on every run.
 */
public final class ScratchDirs {
    private ScratchDirs() {
    }

    /** A new directory, deleted with its contents when the test JVM exits. */
    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "scratch-delete"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory tree as far as it can (a file still held open is left). */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at exit: what is left is only disk space in the temp directory.
        }
    }
}
