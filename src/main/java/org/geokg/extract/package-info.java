/**
 * Articles to facts: a pipeline of stages (NLP with Stanford CoreNLP, actors, speech, events, modality, dates,
 * facts), each declaring what it needs and provides, driven by the lexicons under {@code lexicon/}, the rules and
 * factors under {@code extract/} and, as the last sieve, the learned typer in {@code extract.typer}; plus the
 * evaluators that score it against annotated articles. No database: the result is an
 * {@link org.geokg.model.Extraction} that {@code graph} stores. Depends on {@code model}, {@code resolve} and
 * {@code extract.typer}; see docs/extraction.md.
 */
package org.geokg.extract;
