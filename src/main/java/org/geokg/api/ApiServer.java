package org.geokg.api;

import java.util.HashMap;
import java.util.Map;
import org.geokg.config.Settings;
import org.geokg.extract.Extractor;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;
import org.neo4j.driver.Driver;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The REST service (Spring Boot, Tomcat) over an already opened graph. The runtime's driver is registered as the
 * application's Neo4j driver, so Spring Boot's Neo4j health indicator reports on the same database.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = ApiServer.class)
public class ApiServer {

    /** Starts the API; posted articles are read by an extractor made on the first post. */
    public static ConfigurableApplicationContext start(Neo4jRuntime runtime, GraphStore store, Settings settings) {
        return start(runtime.driver(), store, settings, null);
    }

    /**
     * Starts the API with the given extractor (null: one is made on the first post). Refuses, before anything
     * listens, to serve beyond loopback without GEOKG_API_TOKEN.
     */
    public static ConfigurableApplicationContext start(Driver driver, GraphStore store, Settings settings,
                                                       Extractor extractor) {
        checkExposure(settings);
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", settings.apiPort());
        props.put("server.address", settings.host());
        // Shutdown waits for requests in flight (each posted article is one transaction: stored whole or not).
        props.put("server.shutdown", "graceful");
        // A refused over-size body is drained up to this much, so the client can still read the 413.
        props.put("server.tomcat.max-swallow-size", Math.max(settings.api().maxBodyBytes(), 2L << 20));
        props.put("spring.lifecycle.timeout-per-shutdown-phase", "30s");
        props.put("spring.main.banner-mode", "off");
        props.put("spring.jmx.enabled", false);
        props.put("management.endpoints.web.exposure.include", "health,info");
        // Statuses for anyone (health checks carry no token); details such as the store's path and free disk
        // only with the token (AccessFilter gives its holder the role).
        props.put("management.endpoint.health.show-components", "always");
        props.put("management.endpoint.health.show-details", "when-authorized");
        props.put("management.endpoint.health.roles", AccessFilter.OPERATOR_ROLE);
        // Swagger UI must not call out: no petstore default, no online validator.
        props.put("springdoc.swagger-ui.disable-swagger-default-url", true);
        props.put("springdoc.swagger-ui.validator-url", "none");
        props.put("springdoc.paths-to-match", "/api/**,/sparql");
        props.put("logging.level.org.springdoc.core.events", "ERROR"); // "enabled by default" warnings on start
        return new SpringApplicationBuilder(ApiServer.class)
                .properties(props)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("neo4jDriver", driver);
                    ctx.getBeanFactory().registerSingleton("graphStore", store);
                    ctx.getBeanFactory().registerSingleton("geokgSettings", settings);
                    ctx.getBeanFactory().registerSingleton("geokgExtractor", new LazyExtractor(extractor));
                })
                .run();
    }

    /** Kept here too: the server must never start exposed, whoever starts it. */
    static void checkExposure(Settings settings) {
        settings.checkServeExposure();
    }
}
