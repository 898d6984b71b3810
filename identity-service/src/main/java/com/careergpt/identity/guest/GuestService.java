package com.careergpt.identity.guest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.careergpt.identity.user.IdentityLookup;
import com.careergpt.identity.user.OpaqueTokens;
import com.careergpt.identity.user.User;
import com.careergpt.identity.user.UserRepository;
import com.careergpt.identity.user.UserStateChanges;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GuestService {

    private static final int MAX_USER_AGENT_LENGTH = 512;

    private final UserRepository users;
    private final IdentityLookup identities;
    private final GuestProperties properties;
    private final Clock clock;
    private final UserStateChanges stateChanges;
    private final Counter creationsRefused;

    GuestService(UserRepository users, IdentityLookup identities, GuestProperties properties, Clock clock,
            UserStateChanges stateChanges, MeterRegistry meters) {
        this.creationsRefused = Counter.builder("careergpt.rate.limit.refusals")
                .description("Requests refused by a rate limit").tag("limit", "guest-creations").register(meters);
        this.users = users;
        this.stateChanges = stateChanges;
        this.identities = identities;
        this.properties = properties;
        this.clock = clock;
    }

    /** The identity behind a valid cookie, or a new guest when there is none (subject to the per-IP limit). */
    @Transactional
    GuestSession createOrResume(String cookieValue, String userAgent, String ipAddress) {
        Instant now = clock.instant();
        Optional<User> existing = identities.findByCookie(cookieValue);
        if (existing.isPresent()) {
            User user = existing.get();
            user.touch(now);
            return new GuestSession(identities.effective(user), cookieValue, false);
        }
        enforceCreationLimit(ipAddress, now);
        String newCookie = OpaqueTokens.newToken();
        User guest = users.save(User.newGuest(OpaqueTokens.sha256Hex(newCookie), truncate(userAgent), ipAddress, now));
        stateChanges.created(guest, now);
        return new GuestSession(guest, newCookie, true);
    }

    /**
     * Sliding window: the n-th most recent guest of this address (n = the limit) decides. If it is inside the
     * window, one more would exceed the limit until it leaves the window. One indexed lookup, however busy the
     * address is.
     */
    private void enforceCreationLimit(String ipAddress, Instant now) {
        List<Instant> nth = users.creationTimesFromIp(ipAddress, PageRequest.of(properties.creationLimit() - 1, 1));
        if (!nth.isEmpty() && nth.get(0).isAfter(now.minus(properties.creationWindow()))) {
            Duration wait = Duration.between(now, nth.get(0).plus(properties.creationWindow()));
            creationsRefused.increment();
            throw new ProblemException(ProblemType.RATE_LIMITED, "At most " + properties.creationLimit() + " guests may be created from one address per "
                            + properties.creationWindow().toMinutes() + " minutes.")
                    .retryAfter(wait);
        }
    }

    private static String truncate(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        return userAgent.length() <= MAX_USER_AGENT_LENGTH ? userAgent : userAgent.substring(0, MAX_USER_AGENT_LENGTH);
    }

    record GuestSession(User user, String cookieValue, boolean created) {
    }
}
