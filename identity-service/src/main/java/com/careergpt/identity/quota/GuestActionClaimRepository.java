package com.careergpt.identity.quota;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GuestActionClaimRepository extends JpaRepository<GuestActionClaim, String> {

    /** 1 the first time a claim is released, 0 after: a repeated release gives nothing back twice. */
    @Modifying(flushAutomatically = true)
    @Query("update GuestActionClaim c set c.releasedAt = :now where c.id = :id and c.releasedAt is null")
    int markReleased(@Param("id") String id, @Param("now") Instant now);
}
