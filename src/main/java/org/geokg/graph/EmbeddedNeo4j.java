package org.geokg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.geokg.browser.BrowserContent;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;

/**
 * The in-process Neo4j: Bolt (and, when serving, HTTP with Neo4j Browser) on loopback only, with native auth on
 * and a generated password ({@link StorePassword}): loopback is not private, since every local process and every
 * web page open in a local browser can reach it. HTTP serves the Browser's files and geokg's style and guide but
 * no Cypher endpoint, and allows no other origin.
 */
final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService service;
    private final int boltPort;
    private final int httpPort;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort, int httpPort, String password) {
        this.service = service;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
        this.password = password;
    }

    /** Ports of 0 pick free ones; an httpPort below 0 leaves HTTP (and the Browser) off. */
    static EmbeddedNeo4j start(Path home, String host, int boltPort, int httpPort) {
        createDirectories(home);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                // Plans made on a new, empty store (a relationship scan looks free there) are replaced within a
                // second once the graph has grown, not after the default ten. The write queries whose plans cannot
                // change skip replanning (CYPHER replan=skip), so this concerns write/merge-direct and the reads.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofSeconds(1))
                // One plan per query, not one per size class of its list parameters (1, 2-10, 11-100, ...):
                // every write is an UNWIND $rows of a size that varies by article, and the plans are the same.
                .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", boltPort))
                // Defaults wait seconds for idle Bolt threads and connections on shutdown; nothing needs them.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(HttpConnector.enabled, httpPort >= 0);
        if (httpPort >= 0) {
            browser(builder, host, httpPort == 0 ? freePort(host) : httpPort);
        }
        DatabaseManagementService service = builder.build();
        String password;
        try {
            password = StorePassword.ensure(service, home);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        ConnectorPortRegister ports = ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        int bolt = ports.getLocalAddress(ConnectorType.BOLT).getPort();
        int http = httpPort >= 0 ? ports.getLocalAddress(ConnectorType.HTTP).getPort() : -1;
        return new EmbeddedNeo4j(service, bolt, http, password);
    }

    /**
     * HTTP with Neo4j Browser, plus geokg's style and guide served beside it; the Browser applies the style and
     * opens the guide after connecting. Those commands carry the port, so a free one is picked before start.
     */
    private static void browser(DatabaseManagementServiceBuilder builder, String host, int port) {
        builder.setConfig(HttpConnector.listen_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.advertised_address, new SocketAddress("localhost", port))
                // No Cypher over HTTP (the Browser speaks Bolt): a page from another origin, or one reached through
                // DNS rebinding, finds only static files here.
                .setConfig(ServerSettings.http_enabled_modules, EnumSet.of(ConfigurableServerModules.BROWSER,
                        ConfigurableServerModules.UNMANAGED_EXTENSIONS))
                .setConfig(ServerSettings.http_access_control_allow_origin, "http://localhost:" + port)
                // Without a login: the Browser's own files, discovery, and geokg's public style and guide.
                .setConfig(ServerSettings.http_auth_allowlist,
                        List.of("/", "/browser.*", BrowserContent.MOUNT + "/.*"))
                .setConfig(ServerSettings.third_party_packages, List.of(new ThirdPartyJaxRsPackage(
                        BrowserContent.class.getPackageName(), BrowserContent.MOUNT)))
                .setConfig(ServerSettings.browser_post_connect_cmd,
                        BrowserContent.postConnectCommands("http://localhost:" + port))
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,guides.neo4j.com")
                // A local, offline database: the Browser sends no usage data anywhere.
                .setConfig(ServerSettings.allow_telemetry, false);
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + host, e);
        }
    }

    GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    int boltPort() {
        return boltPort;
    }

    int httpPort() {
        return httpPort;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        service.shutdown();
    }

    private static void createDirectories(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + home, e);
        }
    }
}
