/**
 * The graph as RDF: IRIs minted from canonical ids, the mapping of the export queries' rows to statements
 * following {@code ontology/geokg.ttl}, and streaming writers for every format (Turtle and TriG with RDF-star
 * annotations, N-Triples, N-Quads, JSON-LD, RDF/XML), memory not growing with the graph. Depends on {@code model}
 * and on {@code graph} for the reads; see docs/rdf.md.
 */
package org.geokg.rdf;
