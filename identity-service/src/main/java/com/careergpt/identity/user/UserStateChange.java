package com.careergpt.identity.user;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An identity reached a state at a time: the usage funnel's raw data. */
@Entity
@Table(name = "user_state_changes")
public class UserStateChange {

    @Id
    private String id;

    @Column(nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    private UserState fromState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserState toState;

    @Column(nullable = false)
    private Instant changedAt;

    protected UserStateChange() {
    }

    UserStateChange(String userId, UserState fromState, UserState toState, Instant changedAt) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.fromState = fromState;
        this.toState = toState;
        this.changedAt = changedAt;
    }

    public String getUserId() {
        return userId;
    }

    public UserState getToState() {
        return toState;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
