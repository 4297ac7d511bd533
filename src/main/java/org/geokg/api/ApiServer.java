package org.geokg.api;

import java.util.HashMap;
import java.util.Map;
import org.geokg.config.Settings;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;
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

    public static ConfigurableApplicationContext start(Neo4jRuntime runtime, GraphStore store, Settings settings) {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", settings.apiPort());
        props.put("server.address", settings.host());
        props.put("server.shutdown", "graceful");
        props.put("spring.main.banner-mode", "off");
        props.put("spring.jmx.enabled", false);
        props.put("management.endpoints.web.exposure.include", "health,info");
        props.put("management.endpoint.health.show-details", "always");
        return new SpringApplicationBuilder(ApiServer.class)
                .properties(props)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("neo4jDriver", runtime.driver());
                    ctx.getBeanFactory().registerSingleton("graphStore", store);
                    ctx.getBeanFactory().registerSingleton("geokgSettings", settings);
                })
                .run();
    }
}
