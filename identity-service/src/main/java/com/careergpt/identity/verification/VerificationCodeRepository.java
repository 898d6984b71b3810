package com.careergpt.identity.verification;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VerificationCodeRepository extends JpaRepository<VerificationCode, String> {

    Optional<VerificationCode> findFirstByEmailOrderByCreatedAtDesc(String email);

    Optional<VerificationCode> findFirstByUserIdOrderByCreatedAtDesc(String userId);

    long countByEmailAndCreatedAtAfter(String email, Instant since);

    Optional<VerificationCode> findFirstByEmailAndCreatedAtAfterOrderByCreatedAtAsc(String email, Instant since);

    @Query("select coalesce(sum(c.failedAttempts), 0) from VerificationCode c where c.email = :email and c.createdAt > :since")
    long sumFailuresSince(@Param("email") String email, @Param("since") Instant since);

    @Query("""
            select min(c.createdAt) from VerificationCode c
            where c.email = :email and c.createdAt > :since and c.failedAttempts > 0
            """)
    Optional<Instant> oldestFailingSince(@Param("email") String email, @Param("since") Instant since);

    @Modifying(flushAutomatically = true)
    @Query("""
            update VerificationCode c set c.status = com.careergpt.identity.verification.VerificationCode.Status.SUPERSEDED
            where c.userId = :userId and c.status = com.careergpt.identity.verification.VerificationCode.Status.ACTIVE
            """)
    int supersedeActive(@Param("userId") String userId);

    /** Counts a wrong try while the code is still alive; 0 when it was already dead. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update VerificationCode c set c.failedAttempts = c.failedAttempts + 1
            where c.id = :id and c.failedAttempts < :max
              and c.status = com.careergpt.identity.verification.VerificationCode.Status.ACTIVE
            """)
    int recordFailure(@Param("id") String id, @Param("max") int maxAttempts);

    @Modifying(flushAutomatically = true)
    @Query("""
            update VerificationCode c set c.status = com.careergpt.identity.verification.VerificationCode.Status.LOCKED
            where c.id = :id and c.failedAttempts >= :max
              and c.status = com.careergpt.identity.verification.VerificationCode.Status.ACTIVE
            """)
    int lockIfExhausted(@Param("id") String id, @Param("max") int maxAttempts);

    /** Uses the code once; 0 when it was used, superseded or locked meanwhile. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update VerificationCode c set c.status = com.careergpt.identity.verification.VerificationCode.Status.USED
            where c.id = :id and c.failedAttempts < :max
              and c.status = com.careergpt.identity.verification.VerificationCode.Status.ACTIVE
            """)
    int markUsed(@Param("id") String id, @Param("max") int maxAttempts);
}
