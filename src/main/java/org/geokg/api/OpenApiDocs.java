package org.geokg.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header (served at /v3/api-docs, shown by Swagger UI at /swagger-ui/index.html). */
@Configuration
class OpenApiDocs {
    @Bean
    OpenAPI geokgOpenApi() {
        return new OpenAPI()
                .info(new Info().title("geokg REST API").version("0.1.0")
                        .description("PLOVER-coded facts from news articles: post articles, read articles, facts"
                                + " and actors, run the named queries, export RDF. Writes need a bearer token when"
                                + " the server has GEOKG_API_TOKEN set.")
                        .license(new License().name("GPL-3.0").url("https://www.gnu.org/licenses/gpl-3.0.txt")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
