package org.geokg.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.geokg.config.Settings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The database a command talks to: the embedded Neo4j under the data directory, or the external server named by
 * {@code NEO4J_URI}. Either way every read and write goes through the Bolt driver, so there is one code path; the
 * one exception is the bulk read of an export, which runs the same Cypher in-process when the database is embedded
 * (see {@link LocalReads}).
 */
public final class Neo4jRuntime implements AutoCloseable {

    /** CLIENT: free Bolt port, no HTTP (quick to open). SERVER: the configured ports plus Neo4j Browser. */
    public enum Mode { CLIENT, SERVER }

    private static final String HOME = "neo4j";
    private static final Duration DEFAULT_RETRY = Duration.ofSeconds(10);

    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final String boltUri;
    private final String database;
    private final String browserUrl;
    private final Duration retryBudget;

    private Neo4jRuntime(EmbeddedNeo4j embedded, Driver driver, String boltUri, String database, String browserUrl,
                         Duration retryBudget) {
        this.retryBudget = retryBudget;
        this.embedded = embedded;
        this.driver = driver;
        this.boltUri = boltUri;
        this.database = database;
        this.browserUrl = browserUrl;
    }

    public static Neo4jRuntime open(Settings settings, Mode mode) {
        if (!settings.embedded()) {
            Driver driver = GraphDatabase.driver(settings.neo4jUri(),
                    AuthTokens.basic(settings.neo4jUser(), externalPassword(settings)), driverConfig(settings.neo4jRetry()));
            verify(driver, settings.neo4jUri());
            return new Neo4jRuntime(null, driver, settings.neo4jUri(), settings.database(), null, settings.neo4jRetry());
        }
        boolean server = mode == Mode.SERVER;
        // The embedded database never listens beyond loopback, whatever the API binds to.
        EmbeddedNeo4j db = startEmbedded(settings.dataDir().resolve(HOME), "127.0.0.1",
                server ? settings.boltPort() : 0, server ? settings.httpPort() : -1);
        String bolt = "bolt://localhost:" + db.boltPort();
        String browser = db.httpPort() < 0 ? null : browserUrl(db.httpPort(), db.boltPort());
        return new Neo4jRuntime(db, driver(bolt, db, settings.neo4jRetry()), bolt, "neo4j", browser,
                settings.neo4jRetry());
    }

    /**
     * NEO4J_PASSWORD, or else the password of an embedded store under the data directory: another geokg process
     * ({@code serve}) pointed at by NEO4J_URI then needs no password typed.
     */
    private static String externalPassword(Settings settings) {
        if (!settings.neo4jPassword().isEmpty()) {
            return settings.neo4jPassword();
        }
        return StorePassword.read(settings.dataDir().resolve(HOME)).orElse("");
    }

    /** Where the embedded password file is kept, for the messages that tell people how to log in. */
    public static Path passwordFile(Settings settings) {
        return settings.dataDir().resolve(HOME).resolve(StorePassword.FILE);
    }

    private static Driver driver(String bolt, EmbeddedNeo4j db, Duration retry) {
        return GraphDatabase.driver(bolt, AuthTokens.basic(StorePassword.USER, db.password()), driverConfig(retry));
    }

    /** Starts an embedded database for tests: free ports, HTTP and Browser on when {@code http} is true. */
    public static Neo4jRuntime openEmbedded(Path home, boolean http) {
        EmbeddedNeo4j db = startEmbedded(home, "127.0.0.1", 0, http ? 0 : -1);
        String bolt = "bolt://localhost:" + db.boltPort();
        String browser = http ? browserUrl(db.httpPort(), db.boltPort()) : null;
        return new Neo4jRuntime(db, driver(bolt, db, DEFAULT_RETRY), bolt, "neo4j", browser, DEFAULT_RETRY);
    }

    /** The Neo4j Browser address, with the embedded database and the login by user and password chosen. */
    public static String browserUrl(int httpPort, int boltPort) {
        return "http://localhost:" + httpPort + "/browser/?dbms=neo4j://localhost:" + boltPort
                + "&preselectAuthMethod=BASIC";
    }

    /** The embedded database's password (for tests and for the commands that hand it on); empty for a server. */
    public Optional<String> embeddedPassword() {
        return embedded == null ? Optional.empty() : Optional.of(embedded.password());
    }

    private static EmbeddedNeo4j startEmbedded(Path home, String host, int bolt, int http) {
        try {
            return EmbeddedNeo4j.start(home, host, bolt, http);
        } catch (RuntimeException e) {
            throw new GraphUnavailableException(explain(home, e), e);
        }
    }

    private static String explain(Path home, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String msg = String.valueOf(t.getMessage());
            if (name.contains("FileLock") || msg.contains("lock")) {
                return "the database in " + home + " is in use by another process (is `geokg serve` or"
                        + " `demo --serve` running?). Stop it, or point NEO4J_URI at it: NEO4J_URI=bolt://localhost:7687";
            }
            if (t instanceof java.net.BindException || msg.contains("Address already in use")) {
                return "a port needed by the embedded Neo4j is taken (" + msg + "); set GEOKG_BOLT_PORT /"
                        + " GEOKG_HTTP_PORT to free ports";
            }
        }
        return "cannot start the embedded Neo4j in " + home + ": " + e.getMessage();
    }

    /**
     * The driver retries a transaction for {@code retry} while the server cannot be reached; one connection attempt
     * may take up to 5 s more (less when the budget is shorter), which bounds the wait for an unreachable host.
     */
    public static Config driverConfig(Duration retry) {
        long connectMillis = Math.min(5_000, Math.max(500, retry.toMillis()));
        return Config.builder().withLogging(Logging.none())
                .withConnectionTimeout(connectMillis, TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(retry.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    /** How long a transaction is retried while Neo4j cannot be reached (GEOKG_NEO4J_RETRY). */
    public Duration retryBudget() {
        return retryBudget;
    }

    private static void verify(Driver driver, String uri) {
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new GraphUnavailableException("cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        }
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    public String boltUri() {
        return boltUri;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** The embedded database, for in-process reads; empty for an external server. */
    Optional<GraphDatabaseService> embeddedDatabase() {
        return embedded == null ? Optional.empty() : Optional.of(embedded.database());
    }

    /** The Neo4j Browser address, already pointed at this database; empty when not serving HTTP. */
    public Optional<String> browserUrl() {
        return Optional.ofNullable(browserUrl);
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
