package com.careergpt.identity.user;

/** What can happen to an identity. */
public enum UserEvent {
    /** The user gives an email address and asks for a code. */
    SUBMIT_EMAIL,
    /** The user confirms a code sent to that address. */
    VERIFY_CODE,
    /** An admin makes a verified user a member. */
    PROMOTE
}
