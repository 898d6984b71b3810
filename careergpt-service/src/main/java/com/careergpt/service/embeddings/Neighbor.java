package com.careergpt.service.embeddings;

/** An item found by a vector search and its cosine similarity to the query (-1..1, higher is closer). */
public record Neighbor(String id, double similarity) {
}
