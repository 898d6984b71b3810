package com.careergpt.service.usage;

import java.util.Arrays;

/** Nearest-rank percentiles: the smallest value with at least p% of the values at or below it. */
final class NearestRankPercentiles {

    private NearestRankPercentiles() {
    }

    static long of(long[] values, int count, double percent) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, rank - 1)];
    }
}
