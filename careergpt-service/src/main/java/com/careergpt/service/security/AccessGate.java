package com.careergpt.service.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.gateway.IdentityClient;
import com.careergpt.service.gateway.IdentityClient.ClaimOutcome;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may run what: {@code /api/admin/**} only admins; {@link GuestAction} endpoints verified users (rate-limited)
 * and guests with their free action still unused. A guest's action that ends in a server error gets its free
 * action back.
 */
@Component
class AccessGate implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessGate.class);
    private static final String CLAIM_ATTRIBUTE = AccessGate.class.getName() + ".claim";

    private final IdentityClient identity;
    private final UserRateLimiter rateLimiter;

    AccessGate(IdentityClient identity, UserRateLimiter rateLimiter) {
        this.identity = identity;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // An async dispatch (a streamed answer completing) re-enters the interceptors: the request was
            // admitted on its first dispatch, and claiming again would spend a guest's action twice.
            return true;
        }
        Caller caller = Caller.of(request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/admin/")) {
            requireAdmin(caller);
        }
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(GuestAction.class)) {
            admitAction(request, caller);
            request.setAttribute(GuestAction.ADMITTED_ATTRIBUTE, Boolean.TRUE);
        }
        return true;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isVerified()) {
            throw AccessProblems.signInRequired(caller);
        }
        if (!caller.isAdmin()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "admin-required", "Admin role required",
                    "This endpoint is for admins only.");
        }
    }

    private void admitAction(HttpServletRequest request, Caller caller) {
        switch (caller.kind()) {
            case VERIFIED -> rateLimiter.consume(caller.userId());
            case GUEST -> claimFreeAction(request, caller);
            case ANONYMOUS -> throw AccessProblems.identityRequired();
        }
    }

    private void claimFreeAction(HttpServletRequest request, Caller caller) {
        ClaimOutcome outcome = identity.claim(caller.identityCookie());
        switch (outcome.result()) {
            case CLAIMED -> {
                request.setAttribute(CLAIM_ATTRIBUTE, outcome.claimId());
                Caller.attach(request, caller.withIdentity(outcome.userId(), outcome.state()));
            }
            case ALREADY_USED -> throw AccessProblems.emailRequired();
            case NOT_A_GUEST -> throw AccessProblems.signInRequired(caller);
            case UNKNOWN_IDENTITY -> throw AccessProblems.identityRequired();
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object claimId = request.getAttribute(CLAIM_ATTRIBUTE);
        if (claimId != null && (ex != null || response.getStatus() >= 500)) {
            try {
                identity.release(claimId.toString());
                log.info("Released free action {} after a server-side failure ({})", claimId, response.getStatus());
            }
            catch (RuntimeException releaseFailure) {
                log.warn("Could not release free action {}: {}", claimId, releaseFailure.getMessage());
            }
        }
    }
}
