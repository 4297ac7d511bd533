package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.geokg.model.Plover;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Facts filtered by actors, PLOVER types and dates, a page at a time. */
@RestController
class FactsController {
    static final int MAX_PAGE_SIZE = 500;

    private final GraphReads reads;

    FactsController(GraphReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "Facts, newest first, a page at a time",
            description = "subject and object take an actor id, a name or alias (any case) or a country's ISO3"
                    + " code; plover a comma-separated list of PLOVER types; since and until dates (YYYY-MM-DD,"
                    + " inclusive). total counts the facts of all pages.")
    @GetMapping("/api/facts")
    Views.FactsPage facts(@RequestParam(required = false) String subject,
                          @RequestParam(required = false) String object,
                          @Parameter(example = "REJECT,THREATEN") @RequestParam(required = false) String plover,
                          @Parameter(example = "2025-01-01") @RequestParam(required = false) String since,
                          @RequestParam(required = false) String until,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw ApiException.badRequest("page must be 0 or more (was " + page + ")");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("size must be between 1 and " + MAX_PAGE_SIZE + " (was " + size + ")");
        }
        GraphReads.FactFilter filter = new GraphReads.FactFilter(actors(subject), actors(object), types(plover),
                date("since", since), date("until", until));
        return reads.facts(filter, page, size);
    }

    private List<String> actors(String value) {
        return value == null || value.isBlank() ? null : reads.actorIds(value);
    }

    private static List<String> types(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(value.split(",")).filter(t -> !t.isBlank()).map(t -> Plover.parse(t).name())
                    .distinct().toList();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("plover: " + e.getMessage() + " (use " + Arrays.toString(Plover.values())
                    + ")");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD (was '" + value + "')");
        }
    }
}
