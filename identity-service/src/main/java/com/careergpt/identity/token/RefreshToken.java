package com.careergpt.identity.token;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One refresh token of a rotation family. Only its SHA-256 is stored. A token is used once: refreshing rotates it
 * into a new one of the same family, and presenting a rotated token again revokes the whole family.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    private String id;

    @Column(nullable = false)
    private String userId;

    @Column(nullable = false)
    private String familyId;

    @Column(nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant rotatedAt;

    private Instant revokedAt;

    protected RefreshToken() {
    }

    RefreshToken(String userId, String familyId, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    String getId() {
        return id;
    }

    String getUserId() {
        return userId;
    }

    String getFamilyId() {
        return familyId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRotatedAt() {
        return rotatedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
