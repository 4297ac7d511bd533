/**
 * The knowledge graph in Neo4j: the runtime (the embedded database with its generated password, or the server
 * named by {@code NEO4J_URI}), schema migrations, the store that writes one article's extraction in one
 * transaction and reads it back, the named Cypher files under {@code cypher/}, and the analysts' query library.
 * Every read and write goes through the Bolt driver except the export's bulk reads of the embedded store.
 * Depends on {@code model}, {@code config} (settings) and {@code browser} (what the embedded server serves); see
 * docs/graph.md.
 */
package org.geokg.graph;
