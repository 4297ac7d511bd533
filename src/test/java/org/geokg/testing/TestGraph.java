package org.geokg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;
import org.neo4j.driver.Session;

/**
 * One embedded Neo4j per test JVM (with HTTP and Browser on free ports), started on first use and stopped when the
 * JVM exits. Tests that write call {@link #clean()} first; the schema stays.
 */
public final class TestGraph {
    private static Neo4jRuntime runtime;
    private static GraphStore store;
    private static Path home;

    private TestGraph() {
    }

    public static synchronized Neo4jRuntime runtime() {
        if (runtime == null) {
            try {
                home = Files.createTempDirectory("geokg-test-neo4j");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            runtime = Neo4jRuntime.openEmbedded(home, true);
            store = new GraphStore(runtime);
            store.migrate();
            // Stopped, then deleted: in one hook, because hooks run in no set order.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                runtime.close();
                ScratchDirs.delete(home);
            }, "test-neo4j-stop"));
        }
        return runtime;
    }

    /** The embedded database's generated password (auth is on, as in production). */
    public static String password() {
        return runtime().embeddedPassword().orElseThrow();
    }

    /** Points the CLI at this database as at an external server (NEO4J_URI and NEO4J_PASSWORD). */
    public static void useAsExternalServer() {
        System.setProperty("NEO4J_URI", runtime().boltUri());
        System.setProperty("NEO4J_PASSWORD", password());
    }

    public static void stopUsingAsExternalServer() {
        System.clearProperty("NEO4J_URI");
        System.clearProperty("NEO4J_PASSWORD");
    }

    public static GraphStore store() {
        runtime();
        return store;
    }

    /** Deletes all data but the applied schema migrations. */
    public static void clean() {
        try (Session s = runtime().driver().session()) {
            s.run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").consume();
        }
    }

    public static long count(String cypher) {
        try (Session s = runtime().driver().session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }
}
