package org.geokg.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only project material at ../shared, present in development and CI. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        return Path.of("..", "shared").toAbsolutePath().normalize();
    }

    public static boolean present() {
        return Files.isDirectory(root().resolve("data"));
    }

    public static Path seed() {
        return root().resolve("data/dev/seed.json");
    }
}
