package com.careergpt.service.gateway;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

/** identity-service did not answer, or answered with a server error: guests cannot be checked right now. */
public class IdentityUnavailableException extends ProblemException {

    public IdentityUnavailableException(String reason) {
        super(ProblemType.IDENTITY_UNAVAILABLE, "Guest access cannot be checked right now (" + reason + "); try again shortly. Signed-in users are not affected.");
        retryAfter(java.time.Duration.ofSeconds(5));
    }
}
