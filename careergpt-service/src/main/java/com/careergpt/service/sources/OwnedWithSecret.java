package com.careergpt.service.sources;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What a {@link Source} and a {@link Webhook} share: an id, the user who owns it, the key of its signatures (shown
 * once, at creation) and when it was created.
 */
@MappedSuperclass
abstract class OwnedWithSecret {

    @Id
    private String id;

    @Column(nullable = false)
    private String userId;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private Instant createdAt;

    protected OwnedWithSecret() {
    }

    protected OwnedWithSecret(String id, String userId, String secret, Instant createdAt) {
        this.id = id;
        this.userId = userId;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String userId() {
        return userId;
    }

    String secret() {
        return secret;
    }

    Instant createdAt() {
        return createdAt;
    }
}
