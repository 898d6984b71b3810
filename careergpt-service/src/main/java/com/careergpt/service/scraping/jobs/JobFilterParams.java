package com.careergpt.service.scraping.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The filter query parameters shared by the job listings ({@code GET /api/jobs}, {@code GET /api/jobs/search}),
 * bound from the request; {@link #toFilter(String)} checks them.
 */
public record JobFilterParams(
        @Parameter(description = "Company name contains this") String company,
        @Parameter(description = "City, region or country contains this") String location,
        @Parameter(description = "remote, hybrid or onsite") String remote,
        @Parameter(description = "Salary range overlaps from this amount") BigDecimal salaryMin,
        @Parameter(description = "Salary range overlaps up to this amount") BigDecimal salaryMax,
        @Parameter(description = "ISO 4217 currency of the salary, e.g. EUR") String currency,
        @Parameter(description = "Job lists this skill") String skill,
        @Parameter(description = "Posted on or after this day (yyyy-MM-dd)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postedSince,
        @Parameter(description = "Show linked duplicates too (default false)") Boolean includeDuplicates) {

    /** The checked filter, with {@code q} as its full-text condition (null for none). */
    public JobFilter toFilter(String q) {
        return JobFilter.of(q, company, location, remote, salaryMin, salaryMax, currency, skill, postedSince,
                Boolean.TRUE.equals(includeDuplicates));
    }
}
