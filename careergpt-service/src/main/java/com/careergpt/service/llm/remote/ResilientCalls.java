package com.careergpt.service.llm.remote;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.LlmProviderException.Kind;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * One provider's retry with back-off and circuit breaker (Resilience4j). Connection errors, 429 (after the
 * Retry-After it asked for, capped) and 5xx are tried again; our own bad requests and timeouts are not. Repeated
 * failures open the breaker, and while it is open calls fail at once as unavailable, so the router falls back
 * without waiting on a provider that is down.
 */
public final class ResilientCalls {

    private static final Set<Kind> RETRIED = Set.of(Kind.CONNECTION, Kind.RATE_LIMITED, Kind.SERVER_ERROR);
    private static final Set<Kind> COUNTED_AS_FAILURE = Set.of(Kind.CONNECTION, Kind.RATE_LIMITED, Kind.SERVER_ERROR,
            Kind.TIMEOUT);

    private final String provider;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public ResilientCalls(String provider, RemoteProviderProperties properties) {
        this.provider = provider;
        this.retry = Retry.of(provider, RetryConfig.<Object>custom()
                .maxAttempts(properties.retryAttempts())
                .retryOnException(error -> error instanceof LlmProviderException failure && RETRIED.contains(failure.kind()))
                .intervalBiFunction(backoff(properties))
                .failAfterMaxAttempts(false)
                .build());
        this.breaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.breakerFailureRatePercent())
                .slidingWindowSize(properties.breakerWindowCalls())
                .minimumNumberOfCalls(Math.min(5, properties.breakerWindowCalls()))
                .waitDurationInOpenState(properties.breakerOpenFor())
                .recordException(error -> error instanceof LlmProviderException failure
                        && COUNTED_AS_FAILURE.contains(failure.kind()))
                .build());
    }

    public <T> T call(Supplier<T> call) {
        Supplier<T> guarded = CircuitBreaker.decorateSupplier(breaker, Retry.decorateSupplier(retry, call));
        try {
            return guarded.get();
        } catch (CallNotPermittedException open) {
            throw new LlmProviderException(Kind.UNAVAILABLE, provider, provider
                    + " failed repeatedly; its circuit breaker is open for now", null, open);
        }
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    private static IntervalBiFunction<Object> backoff(RemoteProviderProperties properties) {
        return (attempt, outcome) -> {
            long exponential = properties.retryBackoff().toMillis() << Math.min(attempt - 1, 8);
            Duration asked = outcome.isLeft() && outcome.getLeft() instanceof LlmProviderException failure
                    ? failure.retryAfter() : null;
            long wait = asked == null ? exponential : asked.toMillis();
            return Math.min(wait, properties.maxRetryAfter().toMillis());
        };
    }
}
