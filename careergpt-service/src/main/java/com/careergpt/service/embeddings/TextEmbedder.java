package com.careergpt.service.embeddings;

import java.util.List;

/** Turns texts into unit-length vectors of one named model, so that a dot product is their cosine similarity. */
public interface TextEmbedder {

    /** The model's name, stored beside each vector. */
    String model();

    /** One unit-length vector per text, in order. */
    List<float[]> embed(List<String> texts);

    default float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }
}
