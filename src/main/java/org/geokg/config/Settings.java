package org.geokg.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Runtime settings, from the environment with command-line overrides. No {@code neo4jUri} means: run the embedded
 * Neo4j under {@code dataDir}; a {@code bolt://} or {@code neo4j://} URI means: use that server instead.
 * {@code extractTimeout} bounds one article's extraction (GEOKG_EXTRACT_TIMEOUT); {@code neo4jRetry} is how long
 * the driver keeps retrying a transaction while Neo4j cannot be reached (GEOKG_NEO4J_RETRY).
 */
public record Settings(Path dataDir, String neo4jUri, String neo4jUser, String neo4jPassword, String database,
                       String host, int boltPort, int httpPort, int apiPort, String baseIri,
                       java.time.Duration sparqlTimeout, java.time.Duration extractTimeout,
                       java.time.Duration neo4jRetry, ApiSettings api) {

    public static final String DEFAULT_BASE_IRI = "https://w3id.org/geokg/id/";

    /** Environment variables; a JVM system property of the same name (-DNEO4J_URI=...) overrides one. */
    public static Settings fromEnvironment(Path dataDirOverride) {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        for (String key : KEYS) {
            String value = System.getProperty(key);
            if (value != null) {
                env.put(key, value);
            }
        }
        return fromMap(env, dataDirOverride);
    }

    private static final java.util.List<String> KEYS = java.util.List.of("GEOKG_DATA_DIR", "NEO4J_URI",
            "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "GEOKG_BOLT_PORT", "GEOKG_HTTP_PORT",
            "GEOKG_API_PORT", "GEOKG_BASE_IRI", "GEOKG_BIND", "GEOKG_SPARQL_TIMEOUT", "GEOKG_API_TOKEN",
            "GEOKG_API_READ_TOKEN_REQUIRED", "GEOKG_API_MAX_BODY", "GEOKG_EXTRACT_TIMEOUT", "GEOKG_NEO4J_RETRY");

    public static Settings fromMap(Map<String, String> env, Path dataDirOverride) {
        Path dataDir = dataDirOverride != null ? dataDirOverride
                : Path.of(env.getOrDefault("GEOKG_DATA_DIR", "data"));
        String uri = blankToNull(env.get("NEO4J_URI"));
        if (uri != null && !(uri.startsWith("bolt") || uri.startsWith("neo4j"))) {
            throw new IllegalArgumentException("NEO4J_URI must start with bolt:// or neo4j:// (was '" + uri + "')");
        }
        return new Settings(dataDir.toAbsolutePath().normalize(), uri,
                env.getOrDefault("NEO4J_USERNAME", "neo4j"), env.getOrDefault("NEO4J_PASSWORD", ""),
                env.getOrDefault("NEO4J_DATABASE", "neo4j"),
                env.containsKey("GEOKG_BIND") ? BindAddress.parse(env.get("GEOKG_BIND")).host()
                        : BindAddress.DEFAULT.host(),
                intOf(env, "GEOKG_BOLT_PORT", 7687), intOf(env, "GEOKG_HTTP_PORT", 7474),
                intOf(env, "GEOKG_API_PORT", 8080), env.getOrDefault("GEOKG_BASE_IRI", DEFAULT_BASE_IRI),
                java.time.Duration.ofSeconds(seconds(env, "GEOKG_SPARQL_TIMEOUT", 30)),
                java.time.Duration.ofSeconds(seconds(env, "GEOKG_EXTRACT_TIMEOUT", 120)),
                java.time.Duration.ofSeconds(seconds(env, "GEOKG_NEO4J_RETRY", 10)), ApiSettings.fromMap(env));
    }

    /** Refuses, before anything starts, to serve the API beyond loopback without a token. */
    public void checkServeExposure() {
        BindAddress.parse(host).checkExposure(api);
    }

    public boolean embedded() {
        return neo4jUri == null;
    }

    private static int intOf(Map<String, String> env, String key, int fallback) {
        String value = blankToNull(env.get(key));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a port number (was '" + value + "')");
        }
    }

    private static int seconds(Map<String, String> env, String key, int fallback) {
        String value = blankToNull(env.get(key));
        try {
            int n = value == null ? fallback : Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a positive number of seconds (was '" + value + "')");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
