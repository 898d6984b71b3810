package com.careergpt.service.security;

import org.springframework.stereotype.Component;

/**
 * Admits a verified user's action: counted against the user's rate limit, as every {@link GuestAction} endpoint
 * counts it. For callers that are not Spring MVC handlers (the MCP tools); the {@link AccessGate} uses it too.
 */
@Component
public class VerifiedActions {

    private final UserRateLimiter rateLimiter;

    VerifiedActions(UserRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /** Counts the action, or throws the 429 {@code rate-limited} problem (or 401 for a caller not verified). */
    public void admit(Caller caller) {
        if (!caller.isVerified()) {
            throw AccessProblems.signInRequired(caller);
        }
        rateLimiter.consume(caller.userId());
    }
}
