package com.careergpt.service.security;

import org.springframework.stereotype.Component;

import com.careergpt.common.web.ProblemException;

/**
 * Admits a verified user's action: counted against the user's rate limit, as every {@link GuestAction} endpoint
 * counts it. For callers that are not Spring MVC handlers (the MCP tools); the {@link AccessGate} uses it too.
 */
@Component
public class VerifiedActions {

    private final UserRateLimiter rateLimiter;
    private final ActionMeters meters;

    VerifiedActions(UserRateLimiter rateLimiter, ActionMeters meters) {
        this.rateLimiter = rateLimiter;
        this.meters = meters;
    }

    /** Counts the action, or throws the 429 {@code rate-limited} problem (or 401 for a caller not verified). */
    public void admit(Caller caller) {
        if (!caller.isVerified()) {
            throw AccessProblems.signInRequired(caller);
        }
        try {
            rateLimiter.consume(caller.userId());
        }
        catch (ProblemException limited) {
            meters.rateLimited();
            meters.refused(caller.kind(), "rate-limited");
            throw limited;
        }
        meters.admitted(caller.kind());
    }
}
