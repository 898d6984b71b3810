package com.careergpt.service.analytics.market;

/** Shares as the market report writes them: fractions 0..1 rounded to four decimals. */
final class Shares {

    private Shares() {
    }

    /** {@code count / total}, 0 when total is 0. */
    static double of(long count, long total) {
        return total == 0 ? 0 : round((double) count / total);
    }

    static double round(double fraction) {
        return Math.round(fraction * 10_000) / 10_000.0;
    }
}
