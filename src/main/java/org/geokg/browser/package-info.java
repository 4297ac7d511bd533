/**
 * What geokg adds to Neo4j Browser: the style and the guide under {@code cypher/browser/}, served by the embedded
 * Neo4j's web server on the Browser's own origin, and the commands the Browser runs after connecting. Used by
 * {@code graph} when it starts the embedded server. Depends on nothing else in geokg.
 */
package org.geokg.browser;
