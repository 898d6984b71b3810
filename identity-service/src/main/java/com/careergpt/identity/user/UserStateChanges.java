package com.careergpt.identity.user;

import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Writes down each state an identity reaches, in the transaction that changes it, and counts it in
 * {@code careergpt.identity.state.changes} (tags {@code from} and {@code to}: the funnel, guest to member).
 */
@Component
public class UserStateChanges {

    private final UserStateChangeRepository changes;
    private final MeterRegistry meters;

    UserStateChanges(UserStateChangeRepository changes, MeterRegistry meters) {
        this.changes = changes;
        this.meters = meters;
    }

    public void created(User user, Instant at) {
        changes.save(new UserStateChange(user.getId(), null, user.getState(), at));
        count("none", user.getState());
    }

    /** Records the change from {@code before} to the user's current state; nothing when the state is the same. */
    public void changed(User user, UserState before, Instant at) {
        if (user.getState() != before) {
            changes.save(new UserStateChange(user.getId(), before, user.getState(), at));
            count(before.apiName(), user.getState());
        }
    }

    private void count(String from, UserState to) {
        Counter.builder("careergpt.identity.state.changes")
                .description("Identities reaching a state (from none: a new guest), the sign-up funnel")
                .tags("from", from, "to", to.apiName())
                .register(meters).increment();
    }
}
