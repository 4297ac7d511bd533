package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import org.geokg.graph.GraphStore;
import org.geokg.graph.QueryLibrary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The analysts' query library ({@code cypher/queries}) over HTTP: parameters are checked as on the command line. */
@RestController
@RequestMapping("/api/queries")
class QueriesController {
    private final GraphStore store;
    private final QueryLibrary library = QueryLibrary.load();

    QueriesController(GraphStore store) {
        this.store = store;
    }

    @Operation(summary = "The named queries with their parameters and examples")
    @GetMapping
    List<QueryLibrary.Query> list() {
        return library.list();
    }

    @Operation(summary = "Run a named query", description = "Each query parameter is a request parameter, e.g."
            + " /api/queries/dyad-timeline?a=MEX&b=USA; values are checked against the query's declared types.")
    @GetMapping("/{name}")
    Views.QueryAnswer run(@Parameter(example = "who-did-what") @PathVariable String name,
                          @Parameter(hidden = true) @RequestParam Map<String, String> params) {
        if (library.list().stream().noneMatch(q -> q.name().equals(name))) {
            throw ApiException.notFound("no query named '" + name + "' (GET /api/queries lists them)");
        }
        QueryLibrary.Bound bound;
        try {
            bound = library.bind(name, params);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage().replace("--param ", ""));
        }
        QueryLibrary.Result result = store.query(bound);
        return new Views.QueryAnswer(name, result.columns(), result.rows());
    }
}
