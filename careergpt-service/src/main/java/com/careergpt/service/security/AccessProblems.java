package com.careergpt.service.security;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

/** The 401 answers that tell a client what to do next ({@code next}: guest, email or refresh), and the 403. */
final class AccessProblems {

    private AccessProblems() {
    }

    static ProblemException identityRequired() {
        return new ProblemException(ProblemType.IDENTITY_REQUIRED, "Send a bearer token, or call POST /auth/guest first and keep its identity_id cookie.")
                .with("next", "guest");
    }

    static ProblemException emailRequired() {
        return new ProblemException(ProblemType.EMAIL_REQUIRED, "The free guest action has been used. Give your email address (POST /auth/email) and confirm the "
                        + "code (POST /auth/verify) to continue.")
                .with("next", "email");
    }

    static ProblemException signInRequired(Caller caller) {
        return caller.kind() == Caller.Kind.ANONYMOUS ? identityRequired()
                : new ProblemException(ProblemType.SIGN_IN_REQUIRED, "This needs a verified account: send Authorization: Bearer <token> (POST /auth/refresh renews "
                                + "it, or sign in by email code).")
                        .with("next", "email");
    }

    static ProblemException invalidToken(String reason) {
        return new ProblemException(ProblemType.INVALID_TOKEN, "The bearer token was refused: " + reason + ". Sign in again with POST /auth/refresh or by email code.")
                .with("next", "refresh");
    }

    static ProblemException adminRequired() {
        return new ProblemException(ProblemType.ADMIN_REQUIRED, "This endpoint is for admins only.");
    }
}
