package org.geokg.graph;

import java.time.Duration;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * One retry budget per outage. The driver retries a transaction for the whole budget while Neo4j cannot be
 * reached; once it has given up, every transaction in the next budget's span fails at once instead of waiting
 * again, so a request that runs several transactions (a post checks, then stores; SPARQL checks its copy, then
 * reads) answers within one budget, and so do the requests that arrive meanwhile. The first transaction after
 * the span tries again, and a success clears the outage.
 */
final class Outage {
    private static final long NONE = Long.MIN_VALUE;

    private final long spanNanos;
    private volatile long failedAt = NONE;

    Outage(Duration budget) {
        this.spanNanos = budget.toNanos();
    }

    <T> T guard(Supplier<T> transaction) {
        long since = failedAt;
        if (since != NONE && System.nanoTime() - since < spanNanos) {
            throw new GraphUnavailableException("Neo4j is unreachable (it could not be reached "
                    + Duration.ofNanos(System.nanoTime() - since).toSeconds() + " s ago)", null);
        }
        try {
            T result = transaction.get();
            failedAt = NONE;
            return result;
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            failedAt = System.nanoTime();
            throw e;
        }
    }
}
