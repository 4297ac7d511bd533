/**
 * The learned event typer: a sentence encoder (all-MiniLM-L6-v2, quantized, run in process by ONNX Runtime from
 * weights inside its Maven artifact) and one softmax layer over the 16 PLOVER roots and "no event". It types the
 * clause of an actor–recipient pair that syntax linked but no lexicon frame covers. {@link EventTyper} predicts;
 * {@link TyperTrainer} rebuilds the shipped model from the labeled sentences in {@code typer/sentences/}.
 * Depends on nothing else in geokg but the PLOVER model type.
 */
package org.geokg.extract.typer;
