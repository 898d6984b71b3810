package com.careergpt.identity.revocation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccessTokenRevocationRepository extends JpaRepository<AccessTokenRevocation, String> {

    /** Whether a live revocation covers a token of this user issued at {@code issuedAt}. */
    @Query("""
            select count(r) > 0 from AccessTokenRevocation r
            where r.userId = :userId and r.revokedBefore > :issuedAt and r.keepUntil > :now
            """)
    boolean covers(@Param("userId") String userId, @Param("issuedAt") Instant issuedAt, @Param("now") Instant now);

    @Query("select count(r) > 0 from AccessTokenRevocation r where r.userId = :userId and r.keepUntil > :now")
    boolean anyLiveFor(@Param("userId") String userId, @Param("now") Instant now);

    @Query("""
            select r from AccessTokenRevocation r
            where r.recordedAt >= :since and r.keepUntil > :now
            order by r.recordedAt, r.id
            """)
    List<AccessTokenRevocation> liveRecordedSince(@Param("since") Instant since, @Param("now") Instant now);

    @Modifying(flushAutomatically = true)
    @Query("delete from AccessTokenRevocation r where r.keepUntil <= :now")
    int deleteExpired(@Param("now") Instant now);
}
