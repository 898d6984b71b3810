package com.careergpt.service.llm;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/** What a task produced, which model produced it, and what it cost. */
@Schema(description = "The answer of one LLM task and how it was produced")
public record LlmResult(
        LlmTask task,
        @Schema(description = "Provider that answered: builtin, openai or ollama") String provider,
        @Schema(description = "Model that answered, as the provider named it") String model,
        @Schema(description = "Version of the prompt template used, e.g. v1") String promptVersion,
        @Schema(description = "Tokens consumed by this call (0 for a cache hit)") TokenUsage usage,
        @Schema(description = "Milliseconds spent answering this call (the lookup time for a cache hit)") long latencyMs,
        @Schema(description = "Estimated cost in USD from the local price table; an estimate, not a bill")
        double estimatedCostUsd,
        @Schema(description = "True when served from the result cache without calling a model") boolean cached,
        @Schema(description = "The task's output: an object following the task's JSON schema; prose tasks give "
                + "{\"text\": markdown}") JsonNode output) {

    public LlmResult asCached(long lookupMs) {
        return new LlmResult(task, provider, model, promptVersion, TokenUsage.NONE, lookupMs, 0, true, output);
    }
}
