package com.careergpt.service.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jobrunr.scheduling.cron.CronExpression;

/**
 * The shortest time a cron schedule leaves between two runs. Irregular schedules ({@code 0,1 3 * * *}, or every
 * minute on the 31st) are why it walks the runs instead of taking the first two: up to a year of them or
 * {@value #MAX_RUNS} runs, stopping at the first gap shorter than the one asked about.
 */
final class ScheduleIntervals {

    static final int MAX_RUNS = 5_000;
    private static final Duration HORIZON = Duration.ofDays(366);

    private ScheduleIntervals() {
    }

    /** The shortest gap found from {@code from} on, or the first one below {@code floor}. */
    static Duration shortest(CronExpression cron, Instant from, Duration floor) {
        Instant previous = cron.next(from, from, ZoneOffset.UTC);
        Instant end = previous.plus(HORIZON);
        Duration shortest = HORIZON;
        for (int run = 0; run < MAX_RUNS && previous.isBefore(end); run++) {
            Instant next = cron.next(from, previous, ZoneOffset.UTC);
            Duration gap = Duration.between(previous, next);
            if (gap.compareTo(shortest) < 0) {
                shortest = gap;
            }
            if (shortest.compareTo(floor) < 0) {
                return shortest;
            }
            previous = next;
        }
        return shortest;
    }
}
