package com.careergpt.identity.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VerificationCodeRepository extends JpaRepository<VerificationCode, String> {

    Optional<VerificationCode> findFirstByUserIdOrderByCreatedAtDesc(String userId);

    long countByUserIdAndCreatedAtAfter(String userId, Instant since);

    long countByClientAddressAndCreatedAtAfter(String clientAddress, Instant since);

    @Query("select min(c.createdAt) from VerificationCode c where c.userId = :userId and c.createdAt > :since")
    Optional<Instant> oldestOfIdentitySince(@Param("userId") String userId, @Param("since") Instant since);

    @Query("select min(c.createdAt) from VerificationCode c where c.clientAddress = :client and c.createdAt > :since")
    Optional<Instant> oldestOfClientSince(@Param("client") String clientAddress, @Param("since") Instant since);

    /** When this identity last asked a code for each address it used since {@code since}: one row per address. */
    @Query("""
            select c.email as email, max(c.createdAt) as lastSent from VerificationCode c
            where c.userId = :userId and c.createdAt > :since group by c.email
            """)
    List<AddressUse> addressesOfIdentitySince(@Param("userId") String userId, @Param("since") Instant since);

    /** When codes were last asked for each address from this client since {@code since}: one row per address. */
    @Query("""
            select c.email as email, max(c.createdAt) as lastSent from VerificationCode c
            where c.clientAddress = :client and c.createdAt > :since group by c.email
            """)
    List<AddressUse> addressesOfClientSince(@Param("client") String clientAddress, @Param("since") Instant since);

    /** An address codes were sent to, and the last time. */
    interface AddressUse {

        String getEmail();

        Instant getLastSent();
    }

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
