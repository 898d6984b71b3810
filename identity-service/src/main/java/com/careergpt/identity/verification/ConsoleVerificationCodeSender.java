package com.careergpt.identity.verification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default sender when no SMTP server is configured: one log line per code, with the address and the code, so
 * whoever runs the service can sign in by reading the terminal.
 */
class ConsoleVerificationCodeSender implements VerificationCodeSender {

    private static final Logger log = LoggerFactory.getLogger(ConsoleVerificationCodeSender.class);

    @Override
    public void send(String email, String code, Duration validFor) {
        log.info("Verification code for {}: {} (valid for {} minutes)", email, code, validFor.toMinutes());
    }
}
