package com.careergpt.identity.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static com.careergpt.identity.verification.LimitWindows.DAY;
import static com.careergpt.identity.verification.LimitWindows.exceeded;

/**
 * Wrong tries beyond a single code's own limit: per requesting identity and per client address over 24 hours.
 * Only the identity's own codes can be tried (a code belongs to the identity that asked for it), so a stranger's
 * wrong tries never count against the owner of the address.
 */
@Component
class WrongCodeLimits {

    private final VerificationFailureRepository failures;
    private final VerificationProperties properties;
    private final Clock clock;

    WrongCodeLimits(VerificationFailureRepository failures, VerificationProperties properties, Clock clock) {
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
    }

    /** Throws a 429 problem with Retry-After when this identity or client made too many wrong tries today. */
    void check(String identityId, String clientAddress, Instant now) {
        Instant dayAgo = now.minus(DAY);
        if (failures.countByUserIdAndFailedAtAfter(identityId, dayAgo) >= properties.maxFailuresPerDay()) {
            throw tooMany("Too many wrong codes were entered for this identity today; try again later.",
                    failures.oldestOfIdentitySince(identityId, dayAgo), now);
        }
        if (failures.countByClientAddressAndFailedAtAfter(clientAddress, dayAgo) >= properties.maxFailuresPerClientPerDay()) {
            throw tooMany("Too many wrong codes were entered from this client address today; try again later.",
                    failures.oldestOfClientSince(clientAddress, dayAgo), now);
        }
    }

    void record(String codeId, String identityId, String clientAddress, Instant now) {
        failures.save(new VerificationFailure(codeId, identityId, clientAddress, now));
    }

    /** Forgets wrong tries that no longer count. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 3_600_000)
    @Transactional
    public int prune() {
        return failures.deleteUpTo(clock.instant().minus(DAY));
    }

    private static ProblemException tooMany(String detail, Optional<Instant> oldest, Instant now) {
        return exceeded(ProblemType.TOO_MANY_FAILURES, detail, oldest, DAY, now);
    }
}
