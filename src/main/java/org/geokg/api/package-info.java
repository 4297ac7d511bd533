/**
 * The REST API of {@code serve} (Spring Boot, Tomcat): posting articles (extracted and stored as {@code ingest}
 * does), reading articles, facts, actors, the query library, the export, stats and {@code /sparql}, with bearer-token
 * access, bounded request bodies and every error as problem+json. A top layer: depends on {@code model},
 * {@code config}, {@code ingest}, {@code extract}, {@code graph}, {@code rdf} and {@code sparql}; only {@code cli}
 * depends on it. See docs/api.md.
 */
package org.geokg.api;
