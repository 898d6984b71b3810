package com.careergpt.service.llm.remote;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Resilience of the remote providers (OpenAI-compatible, Ollama): tries per call on transient failures (timeouts are
 * not retried: the route's time is spent), the first back-off (doubling), the longest Retry-After honoured, and the
 * per-provider circuit breaker (failure rate over a window of calls; how long it stays open).
 */
@Validated
@ConfigurationProperties("careergpt.llm.remote")
public record RemoteProviderProperties(
        @DefaultValue("2") @Min(1) @Max(5) int retryAttempts,
        @DefaultValue("500ms") @NotNull Duration retryBackoff,
        @DefaultValue("5s") @NotNull Duration maxRetryAfter,
        @DefaultValue("50") @Min(1) @Max(100) int breakerFailureRatePercent,
        @DefaultValue("10") @Min(2) int breakerWindowCalls,
        @DefaultValue("30s") @NotNull Duration breakerOpenFor) {

    public static RemoteProviderProperties defaults() {
        return new RemoteProviderProperties(2, Duration.ofMillis(500), Duration.ofSeconds(5), 50, 10, Duration.ofSeconds(30));
    }
}
