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
import com.careergpt.service.analytics.market.MarketReport.SkillCount;
import com.careergpt.service.analytics.market.MarketReport.WeekCount;
import com.careergpt.service.analytics.market.SalaryGroups.GroupBy;
import com.careergpt.service.scraping.RemoteMode;

/**
 * Computes one {@link MarketReport} over the held posts: a pass for the period's bounds when the filter gives
 * none, a pass counting everything the period holds, and a pass over the two periods {@link RisingSkills} compares.
 */
final class MarketReportBuilder {

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
        long[] remoteCounts = new long[RemoteMode.values().length + 1];
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
        RisingSkills rising = RisingSkills.compare(posts, selector, filter, period);
        return new MarketReport(total, period.period(total),
                top(skillCounts, posts.skills::value, total, SkillCount::new),
                SkillPairs.top(posts, skillCounts, Arrays.copyOf(selected, total), filter.limit()),
                salaries.stats(salaryMinPosts, filter.limit(), this::salaryKey, posts.currencies::value),
                remoteShare(remoteCounts, total),
                top(companyCounts, posts::companyName, total, NamedCount::new),
                topLocations(placeCounts, total),
                weeks(weekCounts, firstMonday),
                rising == null ? List.of() : rising.top(risingMinCount, filter.limit()),
                rising == null ? null : rising.periods());
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

    private static RemoteShare remoteShare(long[] counts, long total) {
        return new RemoteShare(Shares.of(counts[MarketPosts.remoteCode(RemoteMode.REMOTE)], total),
                Shares.of(counts[MarketPosts.remoteCode(RemoteMode.HYBRID)], total),
                Shares.of(counts[MarketPosts.remoteCode(RemoteMode.ONSITE)], total),
                Shares.of(counts[MarketPosts.remoteCode(null)], total));
    }

    private <T> List<T> top(long[] counts, IntFunction<String> name, long total, Entry<T> entry) {
        List<Counted> counted = new ArrayList<>();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                counted.add(new Counted(name.apply(code), counts[code]));
            }
        }
        return counted.stream().sorted(MOST_FIRST).limit(filter.limit())
                .map(top -> entry.of(top.name(), top.count(), Shares.of(top.count(), total))).toList();
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
}
