package com.careergpt.service.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntConsumer;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per verified user (Bucket4j): {@code perMinute} actions per minute, refilled gradually. Where the
 * buckets live is the factory's business: in this JVM ({@link #local}) for a single instance on SQLite, or in a
 * database table every instance shares (see {@link RateLimitConfiguration}).
 */
class UserRateLimiter {

    /** Shared buckets of users who have been idle are swept every this many actions. */
    private static final int PURGE_EVERY = 1000;
    private static final int PURGE_BATCH = 1000;

    private final int perMinute;
    private final Function<String, Bucket> buckets;
    private final IntConsumer purgeIdle;
    private final AtomicLong consumed = new AtomicLong();

    UserRateLimiter(int perMinute, Function<String, Bucket> buckets, IntConsumer purgeIdle) {
        this.perMinute = perMinute;
        this.buckets = buckets;
        this.purgeIdle = purgeIdle;
    }

    /** Buckets in this JVM; those of users idle for ten minutes are dropped (they would be full again anyway). */
    static UserRateLimiter local(int perMinute) {
        Cache<String, Bucket> cache = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMinutes(10))
                .maximumSize(100_000)
                .build();
        return new UserRateLimiter(perMinute,
                userId -> cache.get(userId, id -> Bucket.builder().addLimit(limit(perMinute)).build()),
                batch -> { });
    }

    static BucketConfiguration configuration(int perMinute) {
        return BucketConfiguration.builder().addLimit(limit(perMinute)).build();
    }

    private static Bandwidth limit(int perMinute) {
        return Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    }

    void consume(String userId) {
        ConsumptionProbe probe = buckets.apply(userId).tryConsumeAndReturnRemaining(1);
        if (consumed.incrementAndGet() % PURGE_EVERY == 0) {
            purgeIdle.accept(PURGE_BATCH);
        }
        if (!probe.isConsumed()) {
            throw new ProblemException(ProblemType.RATE_LIMITED, "At most " + perMinute + " actions per minute are allowed per user.")
                    .retryAfter(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
