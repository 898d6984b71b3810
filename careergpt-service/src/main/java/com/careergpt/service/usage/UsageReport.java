package com.careergpt.service.usage;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** Usage over a range of UTC days: the identity funnel, actions by user state, LLM calls. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UsageReport(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Cohorts by the day identities became guests, with the states they reached since; "
                + "null when identity-service could not be asked") List<FunnelDay> funnel,
        @Schema(description = "Conversion over the whole range") Conversion conversion,
        @Schema(description = "Admitted actions (collect, analyze, upload, match) per day and user state")
        List<ActionCount> actions,
        @Schema(description = "LLM calls per provider, model and task") List<LlmUsage> llm,
        @Schema(description = "What could not be reported, and why") List<String> notes) {

    /**
     * One day's cohort with its step-to-step conversion rates (0..1, four decimals, null when the step before is
     * empty).
     */
    public record FunnelDay(LocalDate day, long guests, long emailCollected, long verified, long members,
            Double guestToEmail, Double emailToVerified, Double verifiedToMember) {
    }

    public record Conversion(long guests, long emailCollected, long verified, long members, Double guestToEmail,
            Double emailToVerified, Double verifiedToMember) {
    }

    public record ActionCount(LocalDate day, String state, long count) {
    }

    /**
     * Calls of one provider, model and task: provider calls and repairs (cache hits counted apart), tokens, the
     * estimated cost, latency percentiles of the provider calls, and the share that failed (0..1, four decimals).
     */
    public record LlmUsage(String provider, String model, String task, long calls, long cacheHits, long promptTokens,
            long completionTokens, double costUsd, long latencyP50Ms, long latencyP95Ms, double errorRate) {
    }
}
