package com.careergpt.identity.verification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A 6-digit code sent to an address; only its keyed hash is stored. */
@Entity
@Table(name = "verification_codes")
class VerificationCode {

    enum Status { ACTIVE, USED, SUPERSEDED, LOCKED }

    @Id
    private String id;

    @Column(nullable = false)
    private String userId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String codeHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int failedAttempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** The client address (as {@link com.careergpt.identity.web.ClientAddresses#limitKey} counts it) that asked for the code. */
    private String clientAddress;

    protected VerificationCode() {
    }

    VerificationCode(String id, String userId, String email, String codeHash, Instant createdAt, Instant expiresAt,
            String clientAddress) {
        this.id = id;
        this.userId = userId;
        this.email = email;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.status = Status.ACTIVE;
        this.clientAddress = clientAddress;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    String getId() {
        return id;
    }

    String getCodeHash() {
        return codeHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    Status getStatus() {
        return status;
    }
}
