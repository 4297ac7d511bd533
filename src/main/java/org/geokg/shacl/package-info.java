/**
 * Validation of RDF, the graph's export or any file, against the SHACL shapes in {@code ontology/shapes.ttl}, with
 * Jena SHACL; the whole data graph is held in memory. Depends on {@code rdf} (the formats).
 */
package org.geokg.shacl;
