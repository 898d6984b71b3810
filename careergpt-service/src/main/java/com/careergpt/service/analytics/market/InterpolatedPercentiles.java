package com.careergpt.service.analytics.market;

/**
 * Exact percentiles of sorted values, linear between the two nearest ranks (Hyndman and Fan's type 7, as Excel's
 * PERCENTILE.INC and NumPy's default): with {@code h = (n - 1) p}, the value is
 * {@code x[floor h] + (h - floor h) (x[ceil h] - x[floor h])}. The median of an even count is the mean of the two
 * middle values.
 */
final class InterpolatedPercentiles {

    private InterpolatedPercentiles() {
    }

    /** The {@code p} percentile (0..1) of {@code sorted}, ascending and not empty. */
    static double of(double[] sorted, double p) {
        if (sorted.length == 0 || p < 0 || p > 1) {
            throw new IllegalArgumentException("percentile " + p + " of " + sorted.length + " values");
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
