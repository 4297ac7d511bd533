/**
 * The first step of the flow: files ({@code .txt}, {@code .json}, {@code .jsonl}, {@code .html}) to
 * {@link org.geokg.model.Article}s, with stable ids and bounded input; every problem is an
 * {@link org.geokg.ingest.IngestException} naming the file and line, so a batch can report it and go on.
 * Depends only on {@code model}.
 */
package org.geokg.ingest;
