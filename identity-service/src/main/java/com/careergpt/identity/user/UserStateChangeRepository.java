package com.careergpt.identity.user;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserStateChangeRepository extends JpaRepository<UserStateChange, String> {

    /** Every change of the identities that became guests in [from, to): the cohorts of those days. */
    @Query("""
            select c from UserStateChange c where c.userId in (
                select g.userId from UserStateChange g
                where g.toState = com.careergpt.identity.user.UserState.GUEST
                  and g.changedAt >= :from and g.changedAt < :to)
            """)
    List<UserStateChange> findCohortsCreatedBetween(@Param("from") Instant from, @Param("to") Instant to);

    long countByToStateAndChangedAtGreaterThanEqual(UserState toState, Instant since);
}
