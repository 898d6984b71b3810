package com.careergpt.service.usage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatiosTest {

    @Test
    void twoOfThreeIsWrittenWithFourDecimals() {
        assertThat(Ratios.of(2, 3)).isEqualTo(0.6667);
        assertThat(Ratios.rounded(1.0 / 3)).isEqualTo(0.3333);
    }

    @Test
    void aRateOfAnEmptyStepIsUnknownRatherThanZero() {
        assertThat(Ratios.of(0, 0)).isNull();
        assertThat(Ratios.of(0, 4)).isZero();
    }
}
