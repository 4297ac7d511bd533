/**
 * The domain records every other package passes around: {@link org.geokg.model.Article} in,
 * {@link org.geokg.model.Entity} and {@link org.geokg.model.Fact} (with its {@link org.geokg.model.Provenance})
 * out, the 16 {@link org.geokg.model.Plover} types, and stable {@link org.geokg.model.Ids}. The bottom of the
 * flow: depends on nothing else in geokg, and holds no I/O, so any package may use it.
 */
package org.geokg.model;
