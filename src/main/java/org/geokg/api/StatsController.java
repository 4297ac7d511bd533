package org.geokg.api;

import org.geokg.graph.GraphStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Counts of what the graph holds. */
@RestController
@RequestMapping("/api")
class StatsController {
    private final GraphStore store;

    StatsController(GraphStore store) {
        this.store = store;
    }

    @GetMapping("/stats")
    GraphStore.Stats stats() {
        return store.stats();
    }
}
