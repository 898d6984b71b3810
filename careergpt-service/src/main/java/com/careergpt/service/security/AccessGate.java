package com.careergpt.service.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.gateway.IdentityClient;
import com.careergpt.service.gateway.IdentityClient.ClaimOutcome;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may run an action ({@link GuestAction} endpoints): verified users, rate-limited, and guests with their free
 * action still unused. A guest gets the free action back when the action never ran (its request could not be bound
 * or validated, or the endpoint refused it: a 4xx before the method returned, see {@link ActionCompletion}) or
 * failed on the server's side (5xx); an action that ran costs it whatever happens to its answer afterwards. Roles
 * are checked before, by the security filter chain.
 */
@Component
class AccessGate implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessGate.class);
    private static final String CLAIM_ATTRIBUTE = AccessGate.class.getName() + ".claim";

    private final IdentityClient identity;
    private final VerifiedActions actions;
    private final ActionMeters meters;

    AccessGate(IdentityClient identity, VerifiedActions actions, ActionMeters meters) {
        this.identity = identity;
        this.actions = actions;
        this.meters = meters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // An async dispatch (a streamed answer completing) re-enters the interceptors: the request was
            // admitted on its first dispatch, and claiming again would spend a guest's action twice.
            return true;
        }
        Caller caller = Caller.of(request);
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(GuestAction.class)) {
            admitAction(request, caller);
            request.setAttribute(GuestAction.ADMITTED_ATTRIBUTE, Boolean.TRUE);
        }
        return true;
    }

    private void admitAction(HttpServletRequest request, Caller caller) {
        switch (caller.kind()) {
            case VERIFIED -> actions.admit(caller);
            case GUEST -> {
                claimFreeAction(request, caller);
                meters.admitted(caller.kind());
            }
            case ANONYMOUS -> throw refused(caller, AccessProblems.identityRequired(), "identity-required");
        }
    }

    private void claimFreeAction(HttpServletRequest request, Caller caller) {
        ClaimOutcome outcome = identity.claim(caller.identityCookie());
        switch (outcome.result()) {
            case CLAIMED -> {
                meters.freeAction("claimed");
                request.setAttribute(CLAIM_ATTRIBUTE, outcome.claimId());
                Caller.attach(request, caller.withIdentity(outcome.userId(), outcome.state()));
            }
            case ALREADY_USED -> {
                meters.freeAction("used-up");
                throw refused(caller, AccessProblems.emailRequired(), "email-required");
            }
            case NOT_A_GUEST -> {
                meters.freeAction("not-a-guest");
                throw refused(caller, AccessProblems.signInRequired(caller), "sign-in-required");
            }
            case UNKNOWN_IDENTITY -> {
                meters.freeAction("unknown-identity");
                throw refused(caller, AccessProblems.identityRequired(), "identity-required");
            }
        }
    }

    private ProblemException refused(Caller caller, ProblemException problem, String reason) {
        meters.refused(caller.kind(), reason);
        return problem;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object claimId = request.getAttribute(CLAIM_ATTRIBUTE);
        boolean neverRan = !ActionCompletion.ran(request) && response.getStatus() >= 400;
        if (claimId != null && (ex != null || response.getStatus() >= 500 || neverRan)) {
            try {
                identity.release(claimId.toString());
                meters.freeAction("released");
                log.info("Released free action {}: the action did not succeed ({})", claimId, response.getStatus());
            }
            catch (RuntimeException releaseFailure) {
                log.warn("Could not release free action {}: {}", claimId, releaseFailure.getMessage());
            }
        }
    }
}
