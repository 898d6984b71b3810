package com.careergpt.service.embeddings;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Service;

/** Resumes as vectors of the current model: made on upload, made again when the model changed, deleted with them. */
@Service
public class ResumeVectors {

    private final VectorStore store;
    private final TextEmbedder embedder;

    ResumeVectors(VectorStore store, TextEmbedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    /** The resume's vector of the current model, made and stored now if it is missing or its text changed. */
    public float[] vectorOf(String resumeId, String text) {
        String hash = DigestUtils.sha256Hex(text);
        if (store.textHash(ItemKind.RESUME, resumeId, embedder.model()).map(hash::equals).orElse(false)) {
            return store.vector(ItemKind.RESUME, resumeId, embedder.model()).orElseThrow();
        }
        float[] vector = embedder.embed(text);
        store.put(ItemKind.RESUME, resumeId, embedder.model(), vector, hash);
        return vector;
    }

    public void delete(String resumeId) {
        store.delete(ItemKind.RESUME, resumeId);
    }
}
