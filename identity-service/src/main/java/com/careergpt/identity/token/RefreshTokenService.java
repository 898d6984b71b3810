package com.careergpt.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.identity.revocation.AccessTokenRevocations;
import com.careergpt.identity.user.OpaqueTokens;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RefreshTokenService {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenService.class);

    private final RefreshTokenRepository tokens;
    private final TokenProperties properties;
    private final AccessTokenRevocations accessTokenRevocations;
    private final Clock clock;

    RefreshTokenService(RefreshTokenRepository tokens, TokenProperties properties,
            AccessTokenRevocations accessTokenRevocations, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.accessTokenRevocations = accessTokenRevocations;
        this.clock = clock;
    }

    /** Starts a new family for a fresh sign-in and returns its first token. */
    @Transactional
    public String startFamily(String userId) {
        return issue(userId, UUID.randomUUID().toString(), clock.instant());
    }

    /**
     * Uses a refresh token once and returns the user id and its successor. A token that was already used means it
     * leaked: the whole family and the user's access tokens are revoked (and stay revoked: this transaction commits
     * despite the problem).
     */
    @Transactional(noRollbackFor = ProblemException.class)
    Rotation rotate(String rawToken) {
        Instant now = clock.instant();
        RefreshToken current = find(rawToken);
        if (current.getRevokedAt() != null) {
            throw invalid("This session has been signed out; sign in again.");
        }
        if (!current.getExpiresAt().isAfter(now)) {
            throw invalid("The refresh token has expired; sign in again.");
        }
        if (current.getRotatedAt() != null || tokens.markRotated(current.getId(), now) == 0) {
            tokens.revokeFamily(current.getFamilyId(), now);
            accessTokenRevocations.revokeAll(current.getUserId());
            log.warn("Refresh token reuse detected for user {}; revoked family {}", current.getUserId(), current.getFamilyId());
            throw invalid("This refresh token was already used; every session of its family has been revoked.");
        }
        return new Rotation(current.getUserId(), issue(current.getUserId(), current.getFamilyId(), now));
    }

    /** Revokes the family of a known refresh token and answers its user; empty for a missing or unknown token. */
    @Transactional
    Optional<String> revokeFamilyOf(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return Optional.empty();
        }
        Optional<RefreshToken> token = tokens.findByTokenHash(OpaqueTokens.sha256Hex(rawToken));
        token.ifPresent(found -> tokens.revokeFamily(found.getFamilyId(), clock.instant()));
        return token.map(RefreshToken::getUserId);
    }

    private RefreshToken find(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            throw invalid("No refresh token was sent; sign in with email and code.");
        }
        return tokens.findByTokenHash(OpaqueTokens.sha256Hex(rawToken))
                .orElseThrow(() -> invalid("The refresh token is not known."));
    }

    private String issue(String userId, String familyId, Instant now) {
        String raw = OpaqueTokens.newToken();
        tokens.save(new RefreshToken(userId, familyId, OpaqueTokens.sha256Hex(raw), now,
                now.plus(properties.refreshTokenTtl())));
        return raw;
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_REFRESH_TOKEN, detail);
    }

    record Rotation(String userId, String newToken) {
    }
}
