package com.careergpt.service.analytics.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.careergpt.service.analytics.market.MarketReport.RisingPeriods;
import com.careergpt.service.analytics.market.MarketReport.RisingSkill;

/**
 * The two periods rising skills compare, with the selected posts and skill counts of each: by default the first
 * and second half of the report's period, or the filter's compareFrom..compareTo and the report's period.
 */
final class RisingSkills {

    private static final int PREVIOUS = 0;
    private static final int CURRENT = 1;

    private final MarketPosts posts;
    private final DayRange[] periods;
    private final long[] totals = new long[2];
    private final long[][] skillCounts;

    private RisingSkills(MarketPosts posts, PostSelector selector, DayRange[] periods) {
        this.posts = posts;
        this.periods = periods;
        this.skillCounts = new long[2][posts.skills.size()];
        for (int slot = 0; slot < posts.size(); slot++) {
            if (!selector.selects(slot)) {
                continue;
            }
            for (int which = PREVIOUS; which <= CURRENT; which++) {
                if (periods[which].contains(posts.day(slot))) {
                    totals[which]++;
                    for (int skill : posts.skills(slot)) {
                        skillCounts[which][skill]++;
                    }
                }
            }
        }
    }

    /** Null when the period is a single day and the filter gives no period to compare it with. */
    static RisingSkills compare(MarketPosts posts, PostSelector selector, MarketFilter filter, DayRange period) {
        DayRange[] periods = filter.compareFrom() != null
                ? new DayRange[] { DayRange.of(filter.compareFrom(), filter.compareTo()), period }
                : period.halves();
        return periods == null ? null : new RisingSkills(posts, selector, periods);
    }

    RisingPeriods periods() {
        return new RisingPeriods(periods[PREVIOUS].period(totals[PREVIOUS]),
                periods[CURRENT].period(totals[CURRENT]));
    }

    /**
     * The skills whose share grew, most first, listed by at least {@code minCount} posts of the two periods
     * together; none when either period has no posts.
     */
    List<RisingSkill> top(int minCount, int limit) {
        if (totals[PREVIOUS] == 0 || totals[CURRENT] == 0) {
            return List.of();
        }
        List<RisingSkill> rising = new ArrayList<>();
        for (int skill = 0; skill < posts.skills.size(); skill++) {
            long previous = skillCounts[PREVIOUS][skill];
            long current = skillCounts[CURRENT][skill];
            double previousShare = (double) previous / totals[PREVIOUS];
            double currentShare = (double) current / totals[CURRENT];
            if (previous + current >= minCount && currentShare > previousShare) {
                rising.add(new RisingSkill(posts.skills.value(skill), previousShare, currentShare,
                        currentShare - previousShare));
            }
        }
        return rising.stream()
                .sorted(Comparator.comparingDouble(RisingSkill::change).reversed().thenComparing(RisingSkill::skill))
                .limit(limit)
                .map(skill -> new RisingSkill(skill.skill(), Shares.round(skill.previousShare()),
                        Shares.round(skill.currentShare()), Shares.round(skill.change())))
                .toList();
    }
}
