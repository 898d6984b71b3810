package com.careergpt.identity.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.careergpt.identity.user.UserState;
import com.careergpt.identity.user.UserStateChange;
import com.careergpt.identity.user.UserStateChangeRepository;

/** Cohort funnel: identities grouped by the UTC day they became guests, counted by the states they reached. */
@Service
class FunnelReport {

    private final UserStateChangeRepository changes;

    FunnelReport(UserStateChangeRepository changes) {
        this.changes = changes;
    }

    /** One entry per day from {@code from} to {@code to} (both included), days without guests as zeros. */
    @Transactional(readOnly = true)
    List<FunnelDay> days(LocalDate from, LocalDate to) {
        Map<String, LocalDate> cohortOf = new HashMap<>();
        Map<String, Set<UserState>> reached = new HashMap<>();
        for (UserStateChange change : changes.findCohortsCreatedBetween(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            reached.computeIfAbsent(change.getUserId(), id -> EnumSet.noneOf(UserState.class)).add(change.getToState());
            if (change.getToState() == UserState.GUEST) {
                cohortOf.put(change.getUserId(), LocalDate.ofInstant(change.getChangedAt(), ZoneOffset.UTC));
            }
        }
        Map<LocalDate, long[]> counts = new HashMap<>();
        cohortOf.forEach((userId, day) -> {
            long[] row = counts.computeIfAbsent(day, d -> new long[4]);
            Set<UserState> states = reached.get(userId);
            row[0]++;
            row[1] += states.contains(UserState.EMAIL_COLLECTED) ? 1 : 0;
            row[2] += states.contains(UserState.VERIFIED) ? 1 : 0;
            row[3] += states.contains(UserState.MEMBER) ? 1 : 0;
        });
        List<FunnelDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long[] row = counts.getOrDefault(day, new long[4]);
            days.add(new FunnelDay(day, row[0], row[1], row[2], row[3]));
        }
        return days;
    }

    long guestsCreatedSince(Instant since) {
        return changes.countByToStateAndChangedAtGreaterThanEqual(UserState.GUEST, since);
    }
}
