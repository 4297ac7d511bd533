/**
 * SPARQL over the current graph: an in-process Jena TDB2 copy of the export under the data directory, rebuilt when
 * Neo4j's graph changed, with read-only, time-limited queries that make no outbound request, and the writers of
 * their results. Used by the {@code sparql} command and the {@code /sparql} endpoint. Depends on {@code graph}
 * (the state marker) and {@code rdf} (the export).
 */
package org.geokg.sparql;
