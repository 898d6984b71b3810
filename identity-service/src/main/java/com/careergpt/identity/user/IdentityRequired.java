package com.careergpt.identity.user;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

/** The request carries neither a known {@code identity_id} cookie nor a bearer token. */
public class IdentityRequired extends ProblemException {

    public IdentityRequired() {
        super(ProblemType.IDENTITY_REQUIRED, "No valid identity_id cookie was sent: call POST /auth/guest first (and keep its cookie).");
        with("next", "guest");
    }
}
