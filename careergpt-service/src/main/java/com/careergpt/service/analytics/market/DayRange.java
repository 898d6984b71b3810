package com.careergpt.service.analytics.market;

import java.time.DayOfWeek;
import java.time.LocalDate;

import com.careergpt.service.analytics.market.MarketReport.MarketPeriod;

/** Days {@code first..last} as epoch days, both inclusive. */
record DayRange(int first, int last) {

    static DayRange of(LocalDate from, LocalDate to) {
        return new DayRange(Math.toIntExact(from.toEpochDay()), Math.toIntExact(to.toEpochDay()));
    }

    boolean contains(int day) {
        return day >= first && day <= last;
    }

    int days() {
        return last - first + 1;
    }

    /** The first {@code days() / 2} days and the rest; null for a single day. */
    DayRange[] halves() {
        if (days() < 2) {
            return null;
        }
        int split = first + days() / 2;
        return new DayRange[] { new DayRange(first, split - 1), new DayRange(split, last) };
    }

    /** The epoch day of the Monday starting the ISO week of {@code first}. */
    int firstMonday() {
        return mondayOf(first);
    }

    static int mondayOf(int day) {
        DayOfWeek weekday = LocalDate.ofEpochDay(day).getDayOfWeek();
        return day - (weekday.getValue() - DayOfWeek.MONDAY.getValue());
    }

    MarketPeriod period(long total) {
        return new MarketPeriod(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last), total);
    }
}
