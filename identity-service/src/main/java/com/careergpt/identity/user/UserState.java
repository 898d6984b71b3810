package com.careergpt.identity.user;

import java.util.Locale;

/**
 * The life of an identity: {@code guest -> email_collected -> verified -> member}. Every transition the service
 * makes goes through {@link #on(UserEvent)}; a pair that is not in the table is an {@link IllegalTransitionException}.
 */
public enum UserState {

    GUEST, EMAIL_COLLECTED, VERIFIED, MEMBER;

    public UserState on(UserEvent event) {
        UserState next = switch (this) {
            case GUEST -> event == UserEvent.SUBMIT_EMAIL ? EMAIL_COLLECTED : null;
            case EMAIL_COLLECTED -> switch (event) {
                case SUBMIT_EMAIL -> EMAIL_COLLECTED;
                case VERIFY_CODE -> VERIFIED;
                case PROMOTE -> null;
            };
            // A verified user asks for a code to sign in on a device whose session has ended.
            case VERIFIED -> switch (event) {
                case SUBMIT_EMAIL, VERIFY_CODE -> VERIFIED;
                case PROMOTE -> MEMBER;
            };
            case MEMBER -> event == UserEvent.PROMOTE ? null : MEMBER;
        };
        if (next == null) {
            throw new IllegalTransitionException(this, event);
        }
        return next;
    }

    public boolean isVerified() {
        return this == VERIFIED || this == MEMBER;
    }

    /** The name clients see: {@code guest}, {@code email_collected}, {@code verified}, {@code member}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
