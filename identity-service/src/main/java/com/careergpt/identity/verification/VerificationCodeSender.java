package com.careergpt.identity.verification;

import java.time.Duration;

/** Delivers a verification code to its address. Throws when the code could not be handed over. */
public interface VerificationCodeSender {

    void send(String email, String code, Duration validFor);
}
