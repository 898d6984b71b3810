package com.careergpt.identity.user;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<User, String> {

    Optional<User> findByCookieTokenHash(String cookieTokenHash);

    Optional<User> findFirstByEmailAndStateIn(String email, Collection<UserState> states);

    /** Creation times of identities from one address, newest first: one index range scan, paged. */
    @Query("select u.firstSeen from User u where u.ipAddress = :ip order by u.firstSeen desc")
    List<Instant> creationTimesFromIp(@Param("ip") String ipAddress, Pageable page);

    /**
     * Takes one free action if the identity still has one: a single conditional UPDATE, so of many concurrent
     * claims exactly as many win as there are free actions left.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update User u set u.guestActionsUsed = u.guestActionsUsed + 1, u.lastSeen = :now
            where u.id = :id and u.mergedInto is null and u.guestActionsUsed < :limit
              and u.state in (com.careergpt.identity.user.UserState.GUEST, com.careergpt.identity.user.UserState.EMAIL_COLLECTED)
            """)
    int claimGuestAction(@Param("id") String id, @Param("limit") int limit, @Param("now") Instant now);

    @Modifying(flushAutomatically = true)
    @Query("update User u set u.guestActionsUsed = u.guestActionsUsed - 1 where u.id = :id and u.guestActionsUsed > 0")
    int releaseGuestAction(@Param("id") String id);

    @Query("""
            select u.id from User u
            where u.state = com.careergpt.identity.user.UserState.GUEST and u.lastSeen < :cutoff
              and u.guestActionsUsed = 0
            order by u.lastSeen
            """)
    List<String> findStaleGuestIds(@Param("cutoff") Instant cutoff, Limit limit);

    @Modifying(flushAutomatically = true)
    @Query("delete from User u where u.id in :ids")
    int deleteByIdIn(@Param("ids") Collection<String> ids);
}
