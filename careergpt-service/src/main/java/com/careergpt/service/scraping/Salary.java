package com.careergpt.service.scraping;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Pay as the post states it ({@code min} is null when only an upper bound is given), its ISO 4217 currency and
 * period, where it was read ({@code structured} data or the {@code description}), and the yearly equivalent
 * (hour x2080, day x260, week x52, month x12). {@code flag} names why a figure looks implausible; such a salary is
 * kept as stated and its yearly figures left null rather than silently annualized.
 */
@Embeddable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Salary(
        BigDecimal min,
        BigDecimal max,
        String currency,
        SalaryPeriod period,
        String source,
        BigDecimal yearlyMin,
        BigDecimal yearlyMax,
        String flag) {
}
