package com.careergpt.identity.revocation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The access tokens of one user issued before {@code revokedBefore} are revoked; kept until {@code keepUntil}. */
@Entity
@Table(name = "access_token_revocations")
class AccessTokenRevocation {

    @Id
    private String id;

    @Column(nullable = false)
    private String userId;

    @Column(nullable = false)
    private Instant revokedBefore;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private Instant keepUntil;

    protected AccessTokenRevocation() {
    }

    AccessTokenRevocation(String userId, Instant revokedBefore, Instant recordedAt, Instant keepUntil) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.revokedBefore = revokedBefore;
        this.recordedAt = recordedAt;
        this.keepUntil = keepUntil;
    }

    String getUserId() {
        return userId;
    }

    Instant getRevokedBefore() {
        return revokedBefore;
    }
}
