/**
 * The {@code geokg} command line (picocli): {@link org.geokg.cli.GeokgCommand} with its global options and one
 * class per subcommand, each wiring the packages below it for one task (demo, ingest, extract, evaluate, stats,
 * export, validate, sparql, query, serve, bench, train). The top of the flow: it may depend on every other geokg
 * package, and none depends on it except the application's entry point. See the README's command table.
 */
package org.geokg.cli;
