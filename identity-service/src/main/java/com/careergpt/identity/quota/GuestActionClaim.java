package com.careergpt.identity.quota;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One use of a guest's free action; releasing it gives the action back once. */
@Entity
@Table(name = "guest_action_claims")
class GuestActionClaim {

    @Id
    private String id;

    @Column(nullable = false)
    private String userId;

    @Column(nullable = false)
    private Instant claimedAt;

    private Instant releasedAt;

    protected GuestActionClaim() {
    }

    GuestActionClaim(String userId, Instant claimedAt) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.claimedAt = claimedAt;
    }

    String getId() {
        return id;
    }

    String getUserId() {
        return userId;
    }
}
