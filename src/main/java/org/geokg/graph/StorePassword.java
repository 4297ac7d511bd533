package org.geokg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The embedded database's password: generated on first start, set on the database's one user ({@code neo4j})
 * and kept beside the store in a file only its owner can read, where geokg's own commands find it. Without it,
 * any local process, or any web page open in a browser on this machine, could run Cypher on the graph.
 */
final class StorePassword {
    static final String USER = "neo4j";
    static final String FILE = "geokg-password";

    private StorePassword() {
    }

    /** The password kept under the store's home, if there is one. */
    static Optional<String> read(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database password in " + file, e);
        }
    }

    /**
     * The stored password, or a new one set on the database and then written down. In that order: a crash in
     * between leaves no file, and the next start sets a new one (the embedded API needs no login to do so).
     */
    static String ensure(DatabaseManagementService service, Path home) {
        Optional<String> stored = read(home);
        if (stored.isPresent()) {
            return stored.get();
        }
        String password = generate();
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                CypherLibrary.load().get("system/set-initial-password"), Map.of("password", password));
        write(home.resolve(FILE), password);
        return password;
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Owner read and write only, and whole or not at all (written aside, then moved into place). */
    private static void write(Path file, String password) {
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, password + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the database password to " + file, e);
        }
    }
}
