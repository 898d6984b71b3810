package com.careergpt.service.analytics.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.careergpt.service.analytics.market.MarketReport.NamedCount;
import com.careergpt.service.analytics.market.MarketReport.RemoteShare;
import com.careergpt.service.analytics.market.MarketReport.RisingPeriods;
import com.careergpt.service.analytics.market.MarketReport.RisingSkill;
import com.careergpt.service.analytics.market.MarketReport.SkillCount;
import com.careergpt.service.analytics.market.MarketReport.SkillPair;
import com.careergpt.service.analytics.market.MarketReport.WeekCount;
import com.careergpt.service.analytics.market.SalaryGroups.GroupBy;

/**
 * Computes one {@link MarketReport} over the held posts: a pass for the period's bounds when the filter gives
 * none, a pass counting everything the period holds, and a pass over the two periods rising skills compare.
 */
final class MarketReportBuilder {

    /** Pairs are counted among this many of the selection's most listed skills (the whole taxonomy fits). */
    static final int MAX_PAIR_SKILLS = 256;

    private record Counted(String name, long count) {
    }

    private static final Comparator<Counted> MOST_FIRST = Comparator
            .comparingLong(Counted::count).reversed().thenComparing(Counted::name);

    private final MarketPosts posts;
    private final PostSelector selector;
    private final MarketFilter filter;
    private final int risingMinCount;
    private final int salaryMinPosts;
    private final Codes<String> countries = new Codes<>();
    private final Codes<String> cities = new Codes<>();
    private final int[] countryOf;
    private final int[] cityOf;

    MarketReportBuilder(MarketPosts posts, PostSelector selector, MarketFilter filter, int risingMinCount,
            int salaryMinPosts) {
        this.posts = posts;
        this.selector = selector;
        this.filter = filter;
        this.risingMinCount = risingMinCount;
        this.salaryMinPosts = salaryMinPosts;
        this.countryOf = new int[posts.places.size()];
        this.cityOf = new int[posts.places.size()];
        for (int code = 0; code < countryOf.length; code++) {
            Place place = posts.places.value(code);
            countryOf[code] = countries.code(place.country());
            cityOf[code] = place.city() == null ? Codes.NONE : cities.code(place.cityName());
        }
    }

    MarketReport build() {
        DayRange period = period();
        if (period == null) {
            return new MarketReport(0, null, List.of(), List.of(), List.of(), new RemoteShare(0, 0, 0, 0), List.of(),
                    List.of(), List.of(), List.of(), null);
        }
        int firstMonday = period.firstMonday();
        long[] remoteCounts = new long[4];
        long[] companyCounts = new long[posts.companies.size()];
        long[] placeCounts = new long[posts.places.size()];
        long[] skillCounts = new long[posts.skills.size()];
        long[] weekCounts = new long[(DayRange.mondayOf(period.last()) - firstMonday) / 7 + 1];
        SalaryGroups salaries = new SalaryGroups(posts.currencies.size(), posts.titles.size(),
                posts.seniorities.size(), countries.size(), cities.size());
        int[] selected = new int[Math.max(16, posts.size() / 8)];
        int total = 0;
        for (int slot = 0; slot < posts.size(); slot++) {
            if (!selector.selects(slot) || !period.contains(posts.day(slot))) {
                continue;
            }
            if (total == selected.length) {
                selected = Arrays.copyOf(selected, total * 2);
            }
            selected[total++] = slot;
            remoteCounts[posts.remote(slot)]++;
            weekCounts[(posts.day(slot) - firstMonday) / 7]++;
            count(companyCounts, posts.company(slot));
            count(placeCounts, posts.place(slot));
            for (int skill : posts.skills(slot)) {
                skillCounts[skill]++;
            }
            addSalary(salaries, slot);
        }
        int[] counted = Arrays.copyOf(selected, total);
        Comparison comparison = compare(period);
        return new MarketReport(total, period.period(total),
                top(skillCounts, posts.skills::value, total, SkillCount::new),
                skillPairs(skillCounts, counted),
                salaries.stats(salaryMinPosts, filter.limit(), this::salaryKey, posts.currencies::value),
                remoteShare(remoteCounts, total),
                top(companyCounts, posts::companyName, total, NamedCount::new),
                topLocations(placeCounts, total),
                weeks(weekCounts, firstMonday),
                risingSkills(comparison),
                comparison == null ? null : comparison.risingPeriods());
    }

    /** The filter's days; a missing bound is the first or last day of the selected posts. Null if none is known. */
    private DayRange period() {
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        if (from == null || to == null) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (int slot = 0; slot < posts.size(); slot++) {
                if (selector.selects(slot)) {
                    first = Math.min(first, posts.day(slot));
                    last = Math.max(last, posts.day(slot));
                }
            }
            if (first > last) {
                LocalDate known = from != null ? from : to;
                return known == null ? null : DayRange.of(known, known);
            }
            if (from == null) {
                from = LocalDate.ofEpochDay(to == null ? first : Math.min(first, to.toEpochDay()));
            }
            if (to == null) {
                to = LocalDate.ofEpochDay(Math.max(last, from.toEpochDay()));
            }
        }
        return DayRange.of(from, to);
    }

    private void addSalary(SalaryGroups salaries, int slot) {
        int currency = posts.currency(slot);
        if (currency == Codes.NONE) {
            return;
        }
        double salary = posts.salary(slot);
        int place = posts.place(slot);
        salaries.add(GroupBy.TITLE, posts.title(slot), currency, salary);
        salaries.add(GroupBy.SENIORITY, posts.seniority(slot), currency, salary);
        salaries.add(GroupBy.COUNTRY, place == Codes.NONE ? Codes.NONE : countryOf[place], currency, salary);
        salaries.add(GroupBy.CITY, place == Codes.NONE ? Codes.NONE : cityOf[place], currency, salary);
    }

    private String salaryKey(GroupBy groupBy, int key) {
        return switch (groupBy) {
            case TITLE -> posts.titles.value(key);
            case SENIORITY -> posts.seniorities.value(key);
            case COUNTRY -> countries.value(key);
            case CITY -> cities.value(key);
        };
    }

    /** Co-occurrence of the most listed skills, counted in a dense matrix over their ranks. */
    private List<SkillPair> skillPairs(long[] skillCounts, int[] selected) {
        Integer[] bySkill = new Integer[skillCounts.length];
        for (int skill = 0; skill < bySkill.length; skill++) {
            bySkill[skill] = skill;
        }
        Arrays.sort(bySkill, Comparator.comparingLong((Integer skill) -> skillCounts[skill]).reversed()
                .thenComparing(skill -> posts.skills.value(skill)));
        int ranked = (int) Math.min(MAX_PAIR_SKILLS, Arrays.stream(skillCounts).filter(count -> count > 0).count());
        int[] rankOf = new int[skillCounts.length];
        Arrays.fill(rankOf, -1);
        for (int rank = 0; rank < ranked; rank++) {
            rankOf[bySkill[rank]] = rank;
        }
        long[] together = new long[ranked * ranked];
        int[] ranks = new int[16];
        for (int slot : selected) {
            int[] skills = posts.skills(slot);
            if (ranks.length < skills.length) {
                ranks = new int[skills.length];
            }
            int n = 0;
            for (int skill : skills) {
                if (rankOf[skill] >= 0) {
                    ranks[n++] = rankOf[skill];
                }
            }
            Arrays.sort(ranks, 0, n);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    together[ranks[i] * ranked + ranks[j]]++;
                }
            }
        }
        List<SkillPair> pairs = new ArrayList<>();
        for (int i = 0; i < ranked; i++) {
            for (int j = i + 1; j < ranked; j++) {
                long count = together[i * ranked + j];
                if (count > 0) {
                    List<String> names = new ArrayList<>(List.of(posts.skills.value(bySkill[i]),
                            posts.skills.value(bySkill[j])));
                    names.sort(null);
                    pairs.add(new SkillPair(List.copyOf(names), count, share(count, selected.length)));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(SkillPair::count).reversed()
                .thenComparing(pair -> pair.skills().get(0)).thenComparing(pair -> pair.skills().get(1)));
        return List.copyOf(pairs.subList(0, Math.min(filter.limit(), pairs.size())));
    }

    private List<NamedCount> topLocations(long[] placeCounts, long total) {
        Map<String, Long> byName = new HashMap<>();
        for (int place = 0; place < placeCounts.length; place++) {
            if (placeCounts[place] > 0) {
                byName.merge(posts.places.value(place).cityName(), placeCounts[place], Long::sum);
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        long[] counts = names.stream().mapToLong(byName::get).toArray();
        return top(counts, names::get, total, NamedCount::new);
    }

    private static List<WeekCount> weeks(long[] weekCounts, int firstMonday) {
        List<WeekCount> weeks = new ArrayList<>(weekCounts.length);
        for (int week = 0; week < weekCounts.length; week++) {
            weeks.add(new WeekCount(LocalDate.ofEpochDay(firstMonday + 7L * week), weekCounts[week]));
        }
        return weeks;
    }

    /** Posts and skill counts of the two periods rising skills compare: [0] previous, [1] current. */
    private record Comparison(DayRange[] periods, long[] totals, long[][] skillCounts) {

        RisingPeriods risingPeriods() {
            return new RisingPeriods(periods[0].period(totals[0]), periods[1].period(totals[1]));
        }
    }

    /** Null when the period is a single day and no period to compare it with is given. */
    private Comparison compare(DayRange period) {
        DayRange[] periods = filter.compareFrom() != null
                ? new DayRange[] { DayRange.of(filter.compareFrom(), filter.compareTo()), period }
                : period.halves();
        if (periods == null) {
            return null;
        }
        long[][] skillCounts = new long[2][posts.skills.size()];
        long[] totals = new long[2];
        for (int slot = 0; slot < posts.size(); slot++) {
            if (!selector.selects(slot)) {
                continue;
            }
            for (int which = 0; which < 2; which++) {
                if (periods[which].contains(posts.day(slot))) {
                    totals[which]++;
                    for (int skill : posts.skills(slot)) {
                        skillCounts[which][skill]++;
                    }
                }
            }
        }
        return new Comparison(periods, totals, skillCounts);
    }

    private List<RisingSkill> risingSkills(Comparison comparison) {
        if (comparison == null || comparison.totals()[0] == 0 || comparison.totals()[1] == 0) {
            return List.of();
        }
        long[] totals = comparison.totals();
        List<RisingSkill> rising = new ArrayList<>();
        for (int skill = 0; skill < posts.skills.size(); skill++) {
            long previous = comparison.skillCounts()[0][skill];
            long current = comparison.skillCounts()[1][skill];
            double previousShare = (double) previous / totals[0];
            double currentShare = (double) current / totals[1];
            if (previous + current >= risingMinCount && currentShare > previousShare) {
                rising.add(new RisingSkill(posts.skills.value(skill), previousShare, currentShare,
                        currentShare - previousShare));
            }
        }
        return rising.stream()
                .sorted(Comparator.comparingDouble(RisingSkill::change).reversed().thenComparing(RisingSkill::skill))
                .limit(filter.limit())
                .map(skill -> new RisingSkill(skill.skill(), round(skill.previousShare()), round(skill.currentShare()),
                        round(skill.change())))
                .toList();
    }

    private static RemoteShare remoteShare(long[] counts, long total) {
        return new RemoteShare(share(counts[1], total), share(counts[2], total), share(counts[3], total),
                share(counts[0], total));
    }

    private <T> List<T> top(long[] counts, IntFunction<String> name, long total, Entry<T> entry) {
        List<Counted> counted = new ArrayList<>();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                counted.add(new Counted(name.apply(code), counts[code]));
            }
        }
        return counted.stream().sorted(MOST_FIRST).limit(filter.limit())
                .map(top -> entry.of(top.name(), top.count(), share(top.count(), total))).toList();
    }

    /** Makes a list entry from a name, its count and share. */
    @FunctionalInterface
    private interface Entry<T> {
        T of(String name, long count, double share);
    }

    private static void count(long[] counts, int code) {
        if (code != Codes.NONE) {
            counts[code]++;
        }
    }

    static double share(long count, long total) {
        return total == 0 ? 0 : round((double) count / total);
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
