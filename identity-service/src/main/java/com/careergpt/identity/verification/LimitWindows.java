package com.careergpt.identity.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

/** Sliding windows of the verification limits: when one more is allowed again, and the 429 that says so. */
final class LimitWindows {

    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);

    private LimitWindows() {
    }

    /** A 429 whose Retry-After is when the oldest counted event leaves the window. */
    static ProblemException exceeded(ProblemType type, String detail, Optional<Instant> oldest,
            Duration window, Instant now) {
        Instant freeAt = oldest.orElse(now).plus(window);
        return new ProblemException(type, detail)
                .retryAfter(Duration.between(now, freeAt));
    }

    /**
     * Whether one more distinct address exceeds {@code max}: never for an address already used in the window.
     *
     * @param used the addresses used in the window with when each was last used
     */
    static Optional<Instant> addressSlotFreesAt(Collection<VerificationCodeRepository.AddressUse> used, String email,
            int max) {
        if (used.size() < max || used.stream().anyMatch(use -> use.getEmail().equals(email))) {
            return Optional.empty();
        }
        return used.stream().map(VerificationCodeRepository.AddressUse::getLastSent).min(Instant::compareTo);
    }
}
