package org.geokg.graph;

/** Neo4j cannot be started or reached; the message says why in words a user can act on. */
public class GraphUnavailableException extends RuntimeException {
    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
