package com.careergpt.service.analytics.market;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Job-market statistics: a skill is listed as rising only when at least {@code risingMinCount} posts of the two
 * compared periods together list it (a skill seen twice would otherwise top the list by chance); a salary group is
 * listed only with at least {@code salaryMinPosts} salaries.
 *
 * @param risingMinCount posts (of the two compared periods together) a skill needs to be listed as rising
 * @param salaryMinPosts salaries a group needs to be listed in {@code salaries}
 */
@Validated
@ConfigurationProperties("careergpt.analytics.market")
public record MarketAnalyticsProperties(
        @DefaultValue("5") @Min(1) @Max(100_000) int risingMinCount,
        @DefaultValue("3") @Min(1) @Max(100_000) int salaryMinPosts) {
}
