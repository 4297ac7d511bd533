/**
 * Runtime settings read once from the environment, with command-line overrides: where the data lives, which
 * Neo4j to use, ports, the REST API's bind address, token and limits, timeouts. Checked when read, so a bad value
 * fails before anything starts. Depends on nothing else in geokg.
 */
package org.geokg.config;
