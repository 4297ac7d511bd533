package org.geokg.extract.typer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Text to a 384-dimensional sentence vector. The model loads once per JVM, on first use; ONNX Runtime sessions
 * are safe to share between threads. Nothing is downloaded: the weights and the tokenizer are in the jar.
 */
final class Encoder {
    static final int DIM = 384;

    private static volatile EmbeddingModel model;

    private Encoder() {
    }

    static float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (Encoder.class) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
