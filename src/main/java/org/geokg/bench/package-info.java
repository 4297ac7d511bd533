/**
 * The throughput benchmark behind {@code geokg bench}: synthetic or given articles through extraction and graph
 * write at each thread count, each into a fresh temporary store, after a warm-up that waits for the JIT; the graph
 * write and the RDF export against baselines on the same data; the report as a table or JSON. Depends on
 * {@code model}, {@code config}, {@code extract}, {@code graph} and {@code rdf}; never on {@code cli} or
 * {@code api}. See docs/performance.md.
 */
package org.geokg.bench;
