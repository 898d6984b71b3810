package com.careergpt.identity.verification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One wrong try of a code: by which identity, from which client address, when. */
@Entity
@Table(name = "verification_failures")
class VerificationFailure {

    @Id
    private String id;

    @Column(nullable = false)
    private String codeId;

    @Column(nullable = false)
    private String userId;

    @Column(nullable = false)
    private String clientAddress;

    @Column(nullable = false)
    private Instant failedAt;

    protected VerificationFailure() {
    }

    VerificationFailure(String codeId, String userId, String clientAddress, Instant failedAt) {
        this.id = UUID.randomUUID().toString();
        this.codeId = codeId;
        this.userId = userId;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }
}
