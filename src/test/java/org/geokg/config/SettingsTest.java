package org.geokg.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void embeddedByDefaultExternalWithUri() {
        Settings embedded = Settings.fromMap(Map.of(), null);
        assertThat(embedded.embedded()).isTrue();
        assertThat(embedded.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(embedded.boltPort()).isEqualTo(7687);
        Settings external = Settings.fromMap(Map.of("NEO4J_URI", "neo4j://db:7687", "NEO4J_PASSWORD", "pw"),
                Path.of("/tmp/x"));
        assertThat(external.embedded()).isFalse();
        assertThat(external.dataDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void rejectsBadValuesWithClearMessages() {
        assertThatThrownBy(() -> Settings.fromMap(Map.of("NEO4J_URI", "http://x"), null))
                .hasMessageContaining("bolt:// or neo4j://");
        assertThatThrownBy(() -> Settings.fromMap(Map.of("GEOKG_BOLT_PORT", "abc"), null))
                .hasMessageContaining("GEOKG_BOLT_PORT");
    }

    @Test
    void sparqlTimeLimitInSeconds() {
        assertThat(Settings.fromMap(Map.of(), null).sparqlTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(Settings.fromMap(Map.of("GEOKG_SPARQL_TIMEOUT", "5"), null).sparqlTimeout())
                .isEqualTo(java.time.Duration.ofSeconds(5));
        assertThatThrownBy(() -> Settings.fromMap(Map.of("GEOKG_SPARQL_TIMEOUT", "0"), null))
                .hasMessageContaining("GEOKG_SPARQL_TIMEOUT must be a positive number of seconds");
        assertThatThrownBy(() -> Settings.fromMap(Map.of("GEOKG_SPARQL_TIMEOUT", "soon"), null))
                .hasMessageContaining("(was 'soon')");
    }

    @Test
    void extractionLimitAndRetryBudgetInSeconds() {
        Settings defaults = Settings.fromMap(Map.of(), null);
        assertThat(defaults.extractTimeout()).isEqualTo(java.time.Duration.ofSeconds(120));
        assertThat(defaults.neo4jRetry()).isEqualTo(java.time.Duration.ofSeconds(10));
        Settings set = Settings.fromMap(Map.of("GEOKG_EXTRACT_TIMEOUT", "7", "GEOKG_NEO4J_RETRY", "2"), null);
        assertThat(set.extractTimeout()).isEqualTo(java.time.Duration.ofSeconds(7));
        assertThat(set.neo4jRetry()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> Settings.fromMap(Map.of("GEOKG_EXTRACT_TIMEOUT", "-1"), null))
                .hasMessageContaining("GEOKG_EXTRACT_TIMEOUT must be a positive number of seconds");
        assertThatThrownBy(() -> Settings.fromMap(Map.of("GEOKG_NEO4J_RETRY", "never"), null))
                .hasMessageContaining("GEOKG_NEO4J_RETRY must be a positive number of seconds (was 'never')");
    }

    @Test
    void bindAddressesAreParsedStrictly() {
        assertThat(Settings.fromMap(Map.of(), null).host()).isEqualTo("127.0.0.1");
        assertThat(Settings.fromMap(Map.of("GEOKG_BIND", "::1"), null).host()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(Settings.fromMap(Map.of("GEOKG_BIND", "[::1]"), null).host()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(Settings.fromMap(Map.of("GEOKG_BIND", " localhost "), null).host()).isEqualTo("localhost");
        assertThat(BindAddress.parse("10.1.2.3").loopback()).isFalse();
        assertThat(BindAddress.parse("127.0.0.2").loopback()).isTrue();
        for (String bad : new String[] {"", "  ", "256.1.1.1", "1.2.3", "example.org", "localhost:8080", "0.0.0.0/0",
                "::1::2", "127.0.0.1 10.0.0.1"}) {
            assertThatThrownBy(() -> Settings.fromMap(Map.of("GEOKG_BIND", bad), null)).as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GEOKG_BIND")
                    .hasMessageContaining("(was '" + bad + "')");
        }
    }

    @Test
    void servingBeyondLoopbackNeedsAToken() {
        for (String open : new String[] {"0.0.0.0", "::", "10.0.0.7"}) {
            assertThatThrownBy(() -> Settings.fromMap(Map.of("GEOKG_BIND", open), null).checkServeExposure())
                    .as(open).hasMessageContaining("set GEOKG_API_TOKEN");
            Settings.fromMap(Map.of("GEOKG_BIND", open, "GEOKG_API_TOKEN", "t"), null).checkServeExposure();
        }
        Settings.fromMap(Map.of("GEOKG_BIND", "::1"), null).checkServeExposure();
    }
}
