package com.careergpt.identity.verification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import com.careergpt.common.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Verification codes' counters: {@code careergpt.identity.codes.sent} and {@code careergpt.identity.codes.verified}
 * with an {@code outcome} tag ({@code sent} / {@code verified}, else the problem type that refused the request), and
 * {@code careergpt.rate.limit.refusals} for the refusals that are limits (429).
 */
@Component
class CodeMeters {

    private final MeterRegistry meters;

    CodeMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    void sent() {
        codes("careergpt.identity.codes.sent", "sent");
    }

    void notSent(ProblemException refusal) {
        codes("careergpt.identity.codes.sent", refusal.type());
        limited(refusal);
    }

    void verified() {
        codes("careergpt.identity.codes.verified", "verified");
    }

    void notVerified(ProblemException refusal) {
        codes("careergpt.identity.codes.verified", refusal.type());
        limited(refusal);
    }

    private void codes(String name, String outcome) {
        Counter.builder(name).description("Verification code requests and checks by outcome")
                .tag("outcome", outcome).register(meters).increment();
    }

    private void limited(ProblemException refusal) {
        if (refusal.status() == HttpStatus.TOO_MANY_REQUESTS) {
            Counter.builder("careergpt.rate.limit.refusals").description("Requests refused by a rate limit")
                    .tag("limit", refusal.type()).register(meters).increment();
        }
    }
}
