package com.careergpt.service.embeddings;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which model embeds job posts and resumes, and how. {@code provider} is {@code builtin} (the bundled
 * all-MiniLM-L6-v2, offline), {@code openai} or {@code ollama} (Spring AI's embedding model of that provider, on the
 * same base URL and key as its chat model). {@code model} names the remote model; it is stored beside every vector
 * so vectors of different models are never compared. Texts are cut to {@code maxTextChars} before embedding;
 * stored jobs without a vector of the current model are embedded in the background every {@code backfillInterval}.
 *
 * @param provider model that embeds jobs and resumes: builtin, openai or ollama
 * @param model remote embedding model; empty: text-embedding-3-small (openai), nomic-embed-text (ollama)
 * @param maxTextChars characters of a text embedded; the rest is cut
 * @param batchSize texts embedded in one call
 * @param backfillInterval how often stored jobs without a vector of the current model are embedded
 */
@Validated
@ConfigurationProperties("careergpt.embeddings")
public record EmbeddingProperties(
        @DefaultValue("builtin") @NotNull Provider provider,
        @DefaultValue("") String model,
        @DefaultValue("4000") @Min(200) @Max(100_000) int maxTextChars,
        @DefaultValue("64") @Min(1) @Max(2048) int batchSize,
        @DefaultValue("5m") @NotNull Duration backfillInterval) {

    public enum Provider { BUILTIN, OPENAI, OLLAMA }

    /** The model name stored with the vectors: the configured one, or the provider's usual default. */
    public String modelName() {
        if (model != null && !model.isBlank()) {
            return model.strip();
        }
        return switch (provider) {
            case BUILTIN -> BundledEmbeddingModel.MODEL_NAME;
            case OPENAI -> "text-embedding-3-small";
            case OLLAMA -> "nomic-embed-text";
        };
    }
}
