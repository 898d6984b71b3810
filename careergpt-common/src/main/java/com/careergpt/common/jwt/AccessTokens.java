package com.careergpt.common.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Header;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.security.SecurityException;

/**
 * Issues and verifies the HS256 access tokens of CareerGPT. Verification accepts nothing but HS256 with a known
 * key id (a token without {@code kid} is checked against the current signing key), the expected issuer and
 * audience, a present expiry and issue time, with at most {@link #MAX_CLOCK_SKEW} of skew: a token issued in the
 * future, or living longer than the configured maximum lifetime, is refused even when its signature is right.
 */
public final class AccessTokens {

    public static final String AUDIENCE = "careergpt";
    public static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(30);
    private static final String HS256 = "HS256";

    private final JwtKeyRing keys;
    private final String issuer;
    private final Clock clock;
    private final Duration maxLifetime;
    private final JwtParser parser;

    public AccessTokens(JwtKeyRing keys, String issuer, Duration maxLifetime, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.maxLifetime = maxLifetime;
        this.clock = clock;
        this.parser = Jwts.parser()
                .keyLocator(new Hs256KeyLocator(keys))
                .requireIssuer(issuer)
                .requireAudience(AUDIENCE)
                .clockSkewSeconds(MAX_CLOCK_SKEW.toSeconds())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    /** @throws IllegalArgumentException when {@code lifetime} exceeds the maximum every verifier accepts */
    public SignedToken issue(String subject, String state, String role, Duration lifetime) {
        if (lifetime.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("an access token lifetime of " + lifetime + " exceeds the maximum of "
                    + maxLifetime + " (careergpt.jwt.max-access-token-lifetime)");
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        String value = Jwts.builder()
                .header().keyId(keys.signingKid()).and()
                .subject(subject)
                .issuer(issuer)
                .audience().add(AUDIENCE).and()
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .id(UUID.randomUUID().toString())
                .claim("state", state)
                .claim("role", role)
                .signWith(keys.signingKey(), Jwts.SIG.HS256)
                .compact();
        return new SignedToken(value, expiresAt);
    }

    /** A compact JWS and the instant it stops being valid. */
    public record SignedToken(String value, Instant expiresAt) {
    }

    /**
     * @throws InvalidAccessTokenException with a reason a client may read, for any token that is not a valid
     *         CareerGPT access token
     */
    public AccessTokenClaims verify(String token) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(token).getPayload();
        }
        catch (SecurityException ex) {
            throw new InvalidAccessTokenException("token signature or key is not valid", ex);
        }
        catch (JwtException | IllegalArgumentException ex) {
            throw new InvalidAccessTokenException(ex.getMessage(), ex);
        }
        if (claims.getExpiration() == null) {
            throw new InvalidAccessTokenException("token has no expiry (exp)", null);
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new InvalidAccessTokenException("token has no subject (sub)", null);
        }
        checkLifetime(claims.getIssuedAt(), claims.getExpiration());
        return new AccessTokenClaims(claims.getSubject(), claims.get("state", String.class),
                claims.get("role", String.class), claims.getId(),
                claims.getIssuedAt() == null ? null : claims.getIssuedAt().toInstant(),
                claims.getExpiration().toInstant());
    }

    public Duration maxLifetime() {
        return maxLifetime;
    }

    private void checkLifetime(Date issuedAt, Date expiration) {
        if (issuedAt == null) {
            throw new InvalidAccessTokenException("token has no issue time (iat)", null);
        }
        if (issuedAt.toInstant().isAfter(clock.instant().plus(MAX_CLOCK_SKEW))) {
            throw new InvalidAccessTokenException("token is issued in the future (iat)", null);
        }
        Duration lifetime = Duration.between(issuedAt.toInstant(), expiration.toInstant());
        if (lifetime.compareTo(maxLifetime.plus(MAX_CLOCK_SKEW)) > 0) {
            throw new InvalidAccessTokenException("token lives longer than the " + maxLifetime + " allowed", null);
        }
    }

    private static final class Hs256KeyLocator extends LocatorAdapter<java.security.Key> {

        private final JwtKeyRing keys;

        Hs256KeyLocator(JwtKeyRing keys) {
            this.keys = keys;
        }

        @Override
        protected java.security.Key locate(JwsHeader header) {
            if (!HS256.equals(header.getAlgorithm())) {
                throw new InvalidAccessTokenException("only HS256 tokens are accepted, not " + header.getAlgorithm(), null);
            }
            if (header.getKeyId() == null) {
                return keys.signingKey();
            }
            return keys.find(header.getKeyId())
                    .orElseThrow(() -> new InvalidAccessTokenException("unknown key id (kid)", null));
        }

        @Override
        protected java.security.Key doLocate(Header header) {
            throw new InvalidAccessTokenException("unsigned tokens are not accepted", null);
        }
    }
}
