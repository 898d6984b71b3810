package com.careergpt.service.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InterpolatedPercentilesTest {

    @Test
    void percentilesInterpolateBetweenTheTwoNearestRanksAsExcelPercentileInc() {
        double[] sorted = { 10, 20, 30, 40 };

        assertThat(InterpolatedPercentiles.of(sorted, 0.25)).isEqualTo(17.5);
        assertThat(InterpolatedPercentiles.of(sorted, 0.5)).isEqualTo(25);
        assertThat(InterpolatedPercentiles.of(sorted, 0.75)).isEqualTo(32.5);
        assertThat(InterpolatedPercentiles.of(sorted, 0)).isEqualTo(10);
        assertThat(InterpolatedPercentiles.of(sorted, 1)).isEqualTo(40);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        double[] sorted = { 48_000, 52_500, 61_000, 70_000, 250_000 };

        assertThat(InterpolatedPercentiles.of(sorted, 0.5)).isEqualTo(61_000);
        assertThat(InterpolatedPercentiles.of(sorted, 0.25)).isEqualTo(52_500);
        assertThat(InterpolatedPercentiles.of(sorted, 0.9)).isCloseTo(178_000, within(1e-6));
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(InterpolatedPercentiles.of(new double[] { 42 }, 0.25)).isEqualTo(42);
        assertThat(InterpolatedPercentiles.of(new double[] { 42 }, 0.75)).isEqualTo(42);
    }

    @Test
    void noValuesOrAPercentileOutsideZeroToOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> InterpolatedPercentiles.of(new double[0], 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> InterpolatedPercentiles.of(new double[] { 1 }, 1.5));
    }
}
