package org.geokg.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geokg.graph.GraphUnavailableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 {@code application/problem+json} with a detail a client can act on. Spring MVC's own
 * errors (unknown path, wrong method or media type, unconvertible parameter) come through the base class; the
 * database being down is 503, not 500, because retrying later can succeed.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
        return problem(e.status(), e.getMessage(), request);
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class,
            GraphUnavailableException.class})
    ResponseEntity<ProblemDetail> unreachable(RuntimeException e, HttpServletRequest request) {
        LOG.warn("Neo4j unreachable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Neo4j is unreachable (after the driver's retries): "
                + e.getMessage() + " Nothing was stored; try again later.", request);
    }

    @ExceptionHandler(TransientException.class)
    ResponseEntity<ProblemDetail> busy(TransientException e, HttpServletRequest request) {
        LOG.warn("Neo4j transient failure after retries: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Neo4j is busy and the retries ran out: " + e.getMessage()
                + ". Nothing was stored; try again later.", request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        // The client learns nothing of the code inside; the reference finds the stack trace in the log.
        String reference = java.util.UUID.randomUUID().toString();
        LOG.error("{} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details under"
                + " reference " + reference, request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** For answers written outside Spring MVC (the access filter), in the same shape. */
    static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String path, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", path);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
