package com.careergpt.service.analytics.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import com.careergpt.service.analytics.market.MarketReport.SalaryStats;

/**
 * Yearly salary midpoints collected per group and currency, and their exact percentiles. Groups are addressed by
 * small integer codes (of titles, seniorities, countries, cities and currencies), so collecting a salary is an
 * array access.
 */
final class SalaryGroups {

    enum GroupBy {
        TITLE, SENIORITY, COUNTRY, CITY;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private record Group(GroupBy groupBy, String key, String currency, Values values) {
    }

    private static final Comparator<Group> LARGEST_FIRST = Comparator
            .comparingInt((Group group) -> group.values().size).reversed()
            .thenComparing(Group::key).thenComparing(Group::currency);

    private final int currencies;
    private final Values[][] groups = new Values[GroupBy.values().length][];

    /** @param keys how many codes each grouping has, in {@link GroupBy} order */
    SalaryGroups(int currencies, int... keys) {
        this.currencies = currencies;
        for (GroupBy groupBy : GroupBy.values()) {
            groups[groupBy.ordinal()] = new Values[keys[groupBy.ordinal()] * currencies];
        }
    }

    /** Counts the salary in its group; {@link Codes#NONE} as key (no seniority, say) leaves it out of that grouping. */
    void add(GroupBy groupBy, int key, int currency, double salary) {
        if (key == Codes.NONE) {
            return;
        }
        Values[] byKey = groups[groupBy.ordinal()];
        int group = key * currencies + currency;
        if (byKey[group] == null) {
            byKey[group] = new Values();
        }
        byKey[group].add(salary);
    }

    /**
     * Per grouping (in {@link GroupBy} order), the {@code limit} largest groups of at least {@code minPosts}
     * salaries, with median, quartiles and count.
     *
     * @param keyName the name of a key code per grouping
     * @param currencyName the ISO code of a currency code
     */
    List<SalaryStats> stats(int minPosts, int limit, KeyNames keyName, IntFunction<String> currencyName) {
        List<SalaryStats> stats = new ArrayList<>();
        for (GroupBy groupBy : GroupBy.values()) {
            Values[] byKey = groups[groupBy.ordinal()];
            List<Group> listed = new ArrayList<>();
            for (int group = 0; group < byKey.length; group++) {
                if (byKey[group] != null && byKey[group].size >= minPosts) {
                    listed.add(new Group(groupBy, keyName.of(groupBy, group / currencies),
                            currencyName.apply(group % currencies), byKey[group]));
                }
            }
            listed.stream().sorted(LARGEST_FIRST).limit(limit).forEach(group -> stats.add(stats(group)));
        }
        return stats;
    }

    /** Names the key codes of each grouping. */
    @FunctionalInterface
    interface KeyNames {
        String of(GroupBy groupBy, int key);
    }

    private static SalaryStats stats(Group group) {
        double[] sorted = Arrays.copyOf(group.values().values, group.values().size);
        Arrays.sort(sorted);
        return new SalaryStats(group.groupBy().json(), group.key(), group.currency(),
                cents(InterpolatedPercentiles.of(sorted, 0.5)),
                cents(InterpolatedPercentiles.of(sorted, 0.25)),
                cents(InterpolatedPercentiles.of(sorted, 0.75)),
                sorted.length);
    }

    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }

    private static final class Values {

        private double[] values = new double[8];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
