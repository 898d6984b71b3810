package com.careergpt.identity.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.common.jwt.AccessTokenClaims;
import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.security.RevokedTokens;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revokes every access token a user holds (sign-out, a reused refresh token): a token is revoked when its
 * {@code iat} is before the revocation's {@code revokedBefore}. That is the next whole second after the revocation,
 * since {@code iat} has whole seconds: a token issued in the same second is revoked too. A revocation is kept while
 * a token it covers can still be valid, the longest accepted access-token lifetime plus the clock skew, then pruned.
 */
@Service
public class AccessTokenRevocations implements RevokedTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenRevocations.class);

    private final AccessTokenRevocationRepository revocations;
    private final Duration keepFor;
    private final Clock clock;

    AccessTokenRevocations(AccessTokenRevocationRepository revocations, AccessTokens tokens, Clock clock) {
        this.revocations = revocations;
        this.keepFor = tokens.maxLifetime().plus(AccessTokens.MAX_CLOCK_SKEW);
        this.clock = clock;
    }

    /** Revokes the access tokens of this user issued until now (in the caller's transaction, or a new one). */
    @Transactional
    public void revokeAll(String userId) {
        Instant now = clock.instant();
        Instant revokedBefore = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        revocations.save(new AccessTokenRevocation(userId, revokedBefore, now, revokedBefore.plus(keepFor)));
        log.info("Revoked the access tokens of user {} issued before {}", userId, revokedBefore);
    }

    /** Whether this verified token was revoked; a token without {@code iat} counts as revoked by any revocation. */
    @Override
    @Transactional(readOnly = true)
    public boolean isRevoked(AccessTokenClaims token) {
        Instant now = clock.instant();
        return token.issuedAt() == null ? revocations.anyLiveFor(token.subject(), now)
                : revocations.covers(token.subject(), token.issuedAt(), now);
    }

    /** The live revocations recorded at or after {@code since} (all live ones when it is null), oldest first. */
    @Transactional(readOnly = true)
    List<Revocation> recordedSince(Instant since, Instant now) {
        return revocations.liveRecordedSince(since == null ? Instant.EPOCH : since, now).stream()
                .map(row -> new Revocation(row.getUserId(), row.getRevokedBefore()))
                .toList();
    }

    /** Forgets revocations that no longer cover any token that could be valid. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @Transactional
    public int prune() {
        return revocations.deleteExpired(clock.instant());
    }

    /** The access tokens of {@code userId} issued before {@code revokedBefore} are revoked. */
    public record Revocation(String userId, Instant revokedBefore) {
    }
}
