package com.careergpt.service.embeddings;

/** What a vector was made from. */
public enum ItemKind {
    JOB, RESUME;

    String column() {
        return this == JOB ? "job" : "resume";
    }
}
