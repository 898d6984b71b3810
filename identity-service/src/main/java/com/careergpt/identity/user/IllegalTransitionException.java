package com.careergpt.identity.user;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(UserState from, UserEvent event) {
        super(ProblemType.ILLEGAL_TRANSITION, "A user in state '" + from.apiName() + "' cannot " + describe(event) + ".");
        with("state", from.apiName());
        with("event", event.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String describe(UserEvent event) {
        return switch (event) {
            case SUBMIT_EMAIL -> "submit an email address";
            case VERIFY_CODE -> "verify a code";
            case PROMOTE -> "be promoted to member";
        };
    }
}
