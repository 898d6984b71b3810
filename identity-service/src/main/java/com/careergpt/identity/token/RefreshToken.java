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

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "family_id", nullable = false)
    private String familyId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "revoked_at")
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
