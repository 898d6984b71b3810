package com.careergpt.service.scraping.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.careergpt.service.scraping.RemoteMode;

/**
 * Filters of {@code GET /api/jobs}, all optional: free text, company, location (city, region or country), remote
 * mode, a yearly salary range (posts whose yearly range overlaps it), a skill (name or alias), posted since, and
 * whether linked duplicates are listed too.
 */
public record JobFilter(
        String q,
        String company,
        String location,
        RemoteMode remote,
        BigDecimal salaryMin,
        BigDecimal salaryMax,
        String currency,
        String skill,
        LocalDate postedSince,
        boolean includeDuplicates) {
}
