package com.careergpt.service.usage;

/** The usage report's rates: fractions from 0 to 1 rounded to four decimals, as the market statistics' shares are. */
final class Ratios {

    private Ratios() {
    }

    /** {@code part} of {@code whole}, or null when {@code whole} is empty (there was nothing to convert). */
    static Double of(long part, long whole) {
        return whole == 0 ? null : rounded((double) part / whole);
    }

    static double rounded(double fraction) {
        return Math.round(fraction * 10_000) / 10_000.0;
    }
}
