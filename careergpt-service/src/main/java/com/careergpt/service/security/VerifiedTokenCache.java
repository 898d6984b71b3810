package com.careergpt.service.security;

import java.time.Clock;
import java.time.Duration;

import com.careergpt.common.jwt.AccessTokenClaims;
import com.careergpt.common.jwt.AccessTokens;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers tokens whose signature and claims were already checked, so a client sending the same token on every
 * request pays for the HMAC and JSON parsing once. A remembered token is still refused once it expires; tokens
 * that fail verification are never remembered.
 */
class VerifiedTokenCache {

    private final AccessTokens tokens;
    private final Clock clock;
    private final Cache<String, AccessTokenClaims> verified = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    VerifiedTokenCache(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** @throws com.careergpt.common.jwt.InvalidAccessTokenException as {@link AccessTokens#verify(String)} does */
    AccessTokenClaims verify(String token) {
        AccessTokenClaims known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.expiresAt().plus(AccessTokens.MAX_CLOCK_SKEW))) {
            return known;
        }
        AccessTokenClaims claims = tokens.verify(token);
        verified.put(token, claims);
        return claims;
    }
}
