package com.careergpt.service.security;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The action gate's counters: {@code careergpt.actions} (admitted or refused, by kind of caller and reason),
 * {@code careergpt.free.actions} (a guest's free action claimed, used up, given back...) and
 * {@code careergpt.rate.limit.refusals}. Tags are closed sets; never a user id.
 */
@Component
class ActionMeters {

    private final MeterRegistry meters;

    ActionMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    void admitted(Caller.Kind caller) {
        actions(caller, "admitted", "none");
    }

    void refused(Caller.Kind caller, String reason) {
        actions(caller, "refused", reason);
    }

    /** @param outcome {@code claimed}, {@code used-up}, {@code not-a-guest}, {@code unknown-identity} or {@code released} */
    void freeAction(String outcome) {
        Counter.builder("careergpt.free.actions")
                .description("Guests' free actions by outcome: claimed, used-up (refused: the one action is spent), "
                        + "not-a-guest, unknown-identity, released (given back: the action did not run or failed)")
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    void rateLimited() {
        Counter.builder("careergpt.rate.limit.refusals")
                .description("Requests refused by a rate limit")
                .tag("limit", "user-actions")
                .register(meters)
                .increment();
    }

    private void actions(Caller.Kind caller, String outcome, String reason) {
        Counter.builder("careergpt.actions")
                .description("Actions (guest-gated endpoints) admitted or refused, by kind of caller and refusal reason")
                .tags("caller", caller.name().toLowerCase(Locale.ROOT), "outcome", outcome, "reason", reason)
                .register(meters)
                .increment();
    }
}
