package org.geokg.api;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.geokg.config.Settings;
import org.geokg.graph.GraphStore;
import org.geokg.sparql.SparqlOutput;
import org.geokg.sparql.SparqlStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SPARQL 1.1 Protocol query operation at {@code /sparql}, read-only: GET with {@code query=}, POST as a form
 * or as {@code application/sparql-query}. Results are negotiated from the Accept header (or {@code format=}). The
 * answer is produced in full before it is sent, so a query stopped by the time limit gets an error status rather
 * than a cut-off 200.
 */
@RestController
class SparqlController {
    private static final String ACCEPT = "Accept";

    private final GraphStore graph;
    private final Settings settings;
    private SparqlStore store;

    SparqlController(GraphStore graph, Settings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    @GetMapping("/sparql")
    ResponseEntity<byte[]> get(@RequestParam(required = false) String query,
                               @RequestParam(required = false) String update,
                               @RequestParam(required = false) String format,
                               @RequestHeader(value = ACCEPT, required = false) String accept) {
        return answer(query, update, format, accept);
    }

    @PostMapping(path = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> form(@RequestParam MultiValueMap<String, String> form,
                                @RequestHeader(value = ACCEPT, required = false) String accept) {
        return answer(form.getFirst("query"), form.getFirst("update"), form.getFirst("format"), accept);
    }

    @PostMapping(path = "/sparql", consumes = "application/sparql-query")
    ResponseEntity<byte[]> direct(@RequestBody byte[] body, @RequestParam(required = false) String format,
                                  @RequestHeader(value = ACCEPT, required = false) String accept) {
        return answer(new String(body, StandardCharsets.UTF_8), null, format, accept);
    }

    @PostMapping(path = "/sparql", consumes = "application/sparql-update")
    ResponseEntity<byte[]> updateRequest() {
        return refuseUpdate();
    }

    private ResponseEntity<byte[]> answer(String query, String update, String format, String accept) {
        if (update != null) {
            return refuseUpdate();
        }
        if (query == null || query.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing 'query' parameter");
        }
        try {
            SparqlStore s = store();
            SparqlStore.Prepared prepared = s.prepare(query);
            Optional<SparqlOutput> output = format != null
                    ? Optional.of(SparqlOutput.byName(format, prepared.graphResult()))
                    : SparqlOutput.negotiate(accept, prepared.graphResult());
            if (output.isEmpty()) {
                throw new ApiException(HttpStatus.NOT_ACCEPTABLE, "no result format matches Accept: " + accept);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            s.run(prepared, output.get(), body);
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, output.get().mediaType() + ";charset=utf-8")
                    .body(body.toByteArray());
        } catch (SparqlStore.QueryException e) {
            throw new ApiException(status(e.reason()), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static HttpStatus status(SparqlStore.QueryException.Reason reason) {
        return switch (reason) {
            case UPDATE -> HttpStatus.FORBIDDEN;
            case TIMEOUT, UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case FORMAT -> HttpStatus.NOT_ACCEPTABLE;
            case BAD_QUERY, SERVICE -> HttpStatus.BAD_REQUEST;
        };
    }

    /** Errors leave as ApiException, so they are problem+json like every other error of the server. */
    private static ResponseEntity<byte[]> refuseUpdate() {
        throw new ApiException(HttpStatus.FORBIDDEN, "SPARQL Update is not allowed: this endpoint is read-only");
    }

    /** Opened on first use, so the server starts even while another process holds the store. */
    private synchronized SparqlStore store() {
        if (store == null) {
            store = SparqlStore.open(settings.dataDir(), graph, settings.baseIri(), settings.sparqlTimeout());
        }
        return store;
    }

    @PreDestroy
    synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
