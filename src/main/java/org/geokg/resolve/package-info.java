/**
 * The actor gazetteers under {@code gazetteer/} (countries, places, organisations, people, titles, bodies) and the
 * reader of the project's TSV data files: surface forms to canonical {@link org.geokg.model.Entity}s. Used by
 * {@code extract} to find and resolve actors. Depends only on {@code model}.
 */
package org.geokg.resolve;
