package com.careergpt.service.security;

import java.time.Duration;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.gateway.GatewayProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A token bucket per verified user (Bucket4j): {@code userRequestsPerMinute} actions per minute, refilled
 * gradually. Buckets of users idle for ten minutes are dropped (they would be full again anyway).
 */
@Component
class UserRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private final int perMinute;

    UserRateLimiter(GatewayProperties properties) {
        this.perMinute = properties.userRequestsPerMinute();
    }

    void consume(String userId) {
        Bucket bucket = buckets.get(userId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "At most " + perMinute + " actions per minute are allowed per user.")
                    .retryAfter(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
