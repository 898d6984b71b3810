package com.careergpt.service.llm.remote;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Resilience of the remote providers (OpenAI-compatible, Ollama): tries per call on transient failures (timeouts are
 * not retried: the route's time is spent), the first back-off (doubling), the longest Retry-After honoured, and the
 * per-provider circuit breaker (failure rate over a window of calls; how long it stays open).
 *
 * @param retryAttempts tries of one call on connection errors, 429 (after its Retry-After) and 5xx
 * @param retryBackoff delay before the second try, doubling for each further one
 * @param maxRetryAfter longest Retry-After honoured; a longer one fails the call at once
 * @param breakerFailureRatePercent failure rate over the window that opens a provider's circuit breaker
 * @param breakerWindowCalls calls the failure rate is measured over
 * @param breakerOpenFor how long an open breaker fails calls at once (the router falls back) before trying again
 */
@Validated
@ConfigurationProperties(RemoteProviderProperties.PREFIX)
public record RemoteProviderProperties(
        @DefaultValue("2") @Min(1) @Max(5) int retryAttempts,
        @DefaultValue("500ms") @NotNull Duration retryBackoff,
        @DefaultValue("5s") @NotNull Duration maxRetryAfter,
        @DefaultValue("50") @Min(1) @Max(100) int breakerFailureRatePercent,
        @DefaultValue("10") @Min(2) int breakerWindowCalls,
        @DefaultValue("30s") @NotNull Duration breakerOpenFor) {

    static final String PREFIX = "careergpt.llm.remote";

    /** The defaults above, bound from no configuration at all (for code and tests built without Spring). */
    public static RemoteProviderProperties defaults() {
        return new Binder().bindOrCreate(PREFIX, RemoteProviderProperties.class);
    }
}
