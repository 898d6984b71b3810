package com.careergpt.service.llm.ledger;

import io.swagger.v3.oas.annotations.media.Schema;

/** Ledger totals of one user, model or day. */
public record SpendRow(
        @Schema(description = "The user id, provider:model, or day (YYYY-MM-DD, UTC)") String key,
        @Schema(description = "Ledger rows: provider calls, repair calls and cache hits") long calls,
        long cacheHits,
        @Schema(description = "Rows that failed (outcome error or fallback)") long failures,
        long promptTokens,
        long completionTokens,
        @Schema(description = "Sum of the rows' cost estimates in USD") double estimatedCostUsd,
        @Schema(description = "Mean latency of the rows in milliseconds") double meanLatencyMs) {
}
