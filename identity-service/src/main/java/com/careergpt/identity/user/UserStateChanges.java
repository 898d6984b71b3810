package com.careergpt.identity.user;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Writes down each state an identity reaches, in the transaction that changes it. */
@Component
public class UserStateChanges {

    private final UserStateChangeRepository changes;

    UserStateChanges(UserStateChangeRepository changes) {
        this.changes = changes;
    }

    public void created(User user, Instant at) {
        changes.save(new UserStateChange(user.getId(), null, user.getState(), at));
    }

    /** Records the change from {@code before} to the user's current state; nothing when the state is the same. */
    public void changed(User user, UserState before, Instant at) {
        if (user.getState() != before) {
            changes.save(new UserStateChange(user.getId(), before, user.getState(), at));
        }
    }
}
