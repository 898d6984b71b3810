package com.careergpt.identity.verification;

import java.time.Duration;

/**
 * The default sender when no SMTP server is configured: one line per code, with the address and the code, on the
 * process's standard output, so whoever runs the service signs in by reading the terminal. It writes to the
 * terminal directly instead of logging: no appender (the log file, the stored {@code log_events}, the admin logs and
 * their live tail) ever sees a code.
 */
class ConsoleVerificationCodeSender implements VerificationCodeSender {

    @Override
    public void send(String email, String code, Duration validFor) {
        System.out.println("Verification code for " + email + ": " + code + " (valid for " + validFor.toMinutes()
                + " minutes)");
    }
}
