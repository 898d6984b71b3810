package com.careergpt.common.security;

import java.time.Clock;
import java.time.Duration;

import com.careergpt.common.jwt.AccessTokenClaims;
import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.InvalidAccessTokenException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Spring Security's view of a CareerGPT access token: {@link AccessTokens} checks signature, key id, issuer,
 * audience and lifetime (the one verification path of both services), then {@link RevokedTokens} is asked. Tokens
 * that verified are remembered, so a client sending the same token on every request pays for the HMAC and JSON
 * parsing once; a remembered token is still refused once it expires or is revoked.
 */
public final class AccessTokenJwtDecoder implements JwtDecoder {

    public static final String STATE_CLAIM = "state";
    public static final String ROLE_CLAIM = "role";

    private final AccessTokens tokens;
    private final RevokedTokens revoked;
    private final Clock clock;
    private final Cache<String, AccessTokenClaims> verified = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    public AccessTokenJwtDecoder(AccessTokens tokens, RevokedTokens revoked, Clock clock) {
        this.tokens = tokens;
        this.revoked = revoked;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        AccessTokenClaims claims = verify(token);
        if (revoked.isRevoked(claims)) {
            throw new BadJwtException("the token was revoked (its user signed out or was deleted)");
        }
        return toJwt(token, claims);
    }

    private AccessTokenClaims verify(String token) {
        AccessTokenClaims known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.expiresAt().plus(AccessTokens.MAX_CLOCK_SKEW))) {
            return known;
        }
        try {
            AccessTokenClaims claims = tokens.verify(token);
            verified.put(token, claims);
            return claims;
        }
        catch (InvalidAccessTokenException ex) {
            throw new BadJwtException(ex.getMessage(), ex);
        }
    }

    private static Jwt toJwt(String token, AccessTokenClaims claims) {
        Jwt.Builder jwt = Jwt.withTokenValue(token)
                .header("alg", "HS256")
                .subject(claims.subject())
                .issuedAt(claims.issuedAt())
                .expiresAt(claims.expiresAt());
        if (claims.tokenId() != null) {
            jwt.jti(claims.tokenId());
        }
        if (claims.state() != null) {
            jwt.claim(STATE_CLAIM, claims.state());
        }
        if (claims.role() != null) {
            jwt.claim(ROLE_CLAIM, claims.role());
        }
        return jwt.build();
    }

    /** The CareerGPT claims of a token this decoder produced. */
    public static AccessTokenClaims claimsOf(Jwt jwt) {
        return new AccessTokenClaims(jwt.getSubject(), jwt.getClaimAsString(STATE_CLAIM), jwt.getClaimAsString(ROLE_CLAIM),
                jwt.getId(), jwt.getIssuedAt(), jwt.getExpiresAt());
    }
}
