package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finding actors by name and reading one with its relationships. */
@RestController
@RequestMapping("/api/actors")
class ActorsController {
    private static final int MAX_LIMIT = 100;

    private final GraphReads reads;

    ActorsController(GraphReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "Full-text search of actor names and aliases",
            description = "Every word must match, whole or as a prefix; best match first.")
    @GetMapping
    List<Views.ActorHit> search(@Parameter(example = "sheinbaum") @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "25") int limit) {
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("missing q: the text to search actor names and aliases for");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        return reads.searchActors(q, limit);
    }

    @Operation(summary = "An actor with what it belongs to, its fact counts and its relationships by PLOVER type",
            description = "relations hold, per type, the actors it acted on (outgoing) and those that acted on it"
                    + " (incoming), from asserted facts, with counts and first and last dates.")
    @GetMapping("/{id}")
    Views.ActorView actor(@Parameter(example = "country:MEX") @PathVariable String id) {
        return reads.actor(id).orElseThrow(() -> ApiException.notFound("no actor with id '" + id
                + "' (GET /api/actors?q=NAME finds ids)"));
    }
}
