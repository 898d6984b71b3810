package com.careergpt.identity.verification;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VerificationFailureRepository extends JpaRepository<VerificationFailure, String> {

    long countByUserIdAndFailedAtAfter(String userId, Instant since);

    long countByClientAddressAndFailedAtAfter(String clientAddress, Instant since);

    @Query("select min(f.failedAt) from VerificationFailure f where f.userId = :userId and f.failedAt > :since")
    Optional<Instant> oldestOfIdentitySince(@Param("userId") String userId, @Param("since") Instant since);

    @Query("select min(f.failedAt) from VerificationFailure f where f.clientAddress = :client and f.failedAt > :since")
    Optional<Instant> oldestOfClientSince(@Param("client") String clientAddress, @Param("since") Instant since);

    @Modifying(flushAutomatically = true)
    @Query("delete from VerificationFailure f where f.failedAt <= :cutoff")
    int deleteUpTo(@Param("cutoff") Instant cutoff);
}
