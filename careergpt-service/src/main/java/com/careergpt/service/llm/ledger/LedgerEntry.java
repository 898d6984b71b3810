package com.careergpt.service.llm.ledger;

import java.time.Instant;

import com.careergpt.service.llm.TokenUsage;

/**
 * One row of the spend ledger: a provider call, a repair call, or a cache hit.
 *
 * @param kind {@code call}, {@code repair} or {@code cache}
 * @param rawOutput the answer text that failed validation (kept with the error for the admin logs), else null
 * @param promptBody the prompt sent, kept only when bodies are stored
 * @param answerBody the answer received, kept only when bodies are stored
 */
public record LedgerEntry(String requestId, String userId, String task, String kind, String provider, String model,
        String promptVersion, TokenUsage usage, Instant startedAt, Instant endedAt, double estimatedCostUsd,
        boolean cacheHit, CallOutcome outcome, String errorType, String errorMessage, String rawOutput,
        String promptBody, String answerBody) {

    public long latencyMs() {
        return Math.max(0, endedAt.toEpochMilli() - startedAt.toEpochMilli());
    }
}
