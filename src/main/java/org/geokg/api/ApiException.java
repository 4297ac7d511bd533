package org.geokg.api;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status and a detail a client can act on (sent as problem+json). */
final class ApiException extends RuntimeException {
    private final HttpStatus status;

    ApiException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }
}
