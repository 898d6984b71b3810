package com.careergpt.identity.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import org.springframework.stereotype.Component;

import static com.careergpt.identity.verification.LimitWindows.HOUR;
import static com.careergpt.identity.verification.LimitWindows.exceeded;

/**
 * How many codes may be asked for: per requesting identity (a cooldown between two codes, codes per hour, distinct
 * addresses per hour) and per client address (codes and distinct addresses per hour). Nothing counts per target
 * address alone, so asking codes for somebody's address never stops its owner from getting one.
 */
@Component
class CodeRequestLimits {

    private final VerificationCodeRepository codes;
    private final VerificationProperties properties;

    CodeRequestLimits(VerificationCodeRepository codes, VerificationProperties properties) {
        this.codes = codes;
        this.properties = properties;
    }

    /** Throws a 429 problem with Retry-After when this identity or client may not ask a code for this address now. */
    void check(String identityId, String clientAddress, String email, Instant now) {
        checkIdentity(identityId, email, now);
        checkClient(clientAddress, email, now);
    }

    private void checkIdentity(String identityId, String email, Instant now) {
        Optional<VerificationCode> last = codes.findFirstByUserIdOrderByCreatedAtDesc(identityId);
        if (last.isPresent()) {
            Instant allowedAt = last.get().getCreatedAt().plus(properties.resendCooldown());
            if (allowedAt.isAfter(now)) {
                throw new ProblemException(ProblemType.RESEND_COOLDOWN, "A code was sent for this identity less than " + properties.resendCooldown().toSeconds()
                                + " seconds ago.")
                        .retryAfter(Duration.between(now, allowedAt));
            }
        }
        Instant hourAgo = now.minus(HOUR);
        if (codes.countByUserIdAndCreatedAtAfter(identityId, hourAgo) >= properties.maxCodesPerHour()) {
            throw exceeded(ProblemType.CODE_LIMIT_REACHED,
                    "At most " + properties.maxCodesPerHour() + " codes are sent for one identity per hour.",
                    codes.oldestOfIdentitySince(identityId, hourAgo), HOUR, now);
        }
        Optional<Instant> addressFreesAt = LimitWindows.addressSlotFreesAt(
                codes.addressesOfIdentitySince(identityId, hourAgo), email, properties.maxAddressesPerHour());
        if (addressFreesAt.isPresent()) {
            throw exceeded(ProblemType.ADDRESS_LIMIT_REACHED,
                    "One identity may ask codes for at most " + properties.maxAddressesPerHour()
                            + " different addresses per hour.", addressFreesAt, HOUR, now)
                    .with("field", "email");
        }
    }

    private void checkClient(String clientAddress, String email, Instant now) {
        Instant hourAgo = now.minus(HOUR);
        if (codes.countByClientAddressAndCreatedAtAfter(clientAddress, hourAgo) >= properties.maxCodesPerClientPerHour()) {
            throw exceeded(ProblemType.CODE_LIMIT_REACHED,
                    "At most " + properties.maxCodesPerClientPerHour() + " codes are sent per hour for requests from"
                            + " one client address.", codes.oldestOfClientSince(clientAddress, hourAgo), HOUR, now);
        }
        Optional<Instant> addressFreesAt = LimitWindows.addressSlotFreesAt(
                codes.addressesOfClientSince(clientAddress, hourAgo), email, properties.maxAddressesPerClientPerHour());
        if (addressFreesAt.isPresent()) {
            throw exceeded(ProblemType.ADDRESS_LIMIT_REACHED,
                    "Codes are sent to at most " + properties.maxAddressesPerClientPerHour()
                            + " different addresses per hour for requests from one client address.",
                    addressFreesAt, HOUR, now)
                    .with("field", "email");
        }
    }
}
