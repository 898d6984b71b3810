package com.careergpt.service.scraping.jobs;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.careergpt.common.web.InOrder;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWhenInvalid;
import com.careergpt.service.scraping.RemoteMode;

/**
 * Filters of {@code GET /api/jobs}, all optional: free text, company, location (city, region or country), remote
 * mode, a yearly salary range (posts whose yearly range overlaps it), a skill (name or alias), posted since, and
 * whether linked duplicates are listed too.
 */
@InOrder(first = "salaryMin", then = "salaryMax", message = "salaryMin must not exceed salaryMax.")
@ProblemWhenInvalid(ProblemType.INVALID_PARAMETER)
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

    /**
     * The filter from request parameters or tool arguments: an unknown remote mode is a 400 problem naming the
     * parameter (an inverted salary range is declared, {@link InOrder}, and checked where a search takes it).
     * Texts are cleaned ({@link SearchText}); one with nothing visible filters by nothing.
     */
    public static JobFilter of(String q, String company, String location, String remote, BigDecimal salaryMin,
            BigDecimal salaryMax, String currency, String skill, LocalDate postedSince, boolean includeDuplicates) {
        RemoteMode remoteMode = remote == null || remote.isBlank() ? null : RemoteMode.fromJson(remote)
                .orElseThrow(() -> badParameter("remote", "remote must be one of remote, hybrid, onsite."));
        return new JobFilter(SearchText.cleanOrNull(q), SearchText.cleanOrNull(company),
                SearchText.cleanOrNull(location), remoteMode, salaryMin, salaryMax, SearchText.cleanOrNull(currency),
                SearchText.cleanOrNull(skill), postedSince, includeDuplicates);
    }

    /** True when the filter keeps out more than the linked duplicates. */
    public boolean restrictsMoreThanDuplicates() {
        return hasText(q) || hasText(company) || hasText(location) || remote != null || salaryMin != null
                || salaryMax != null || hasText(currency) || hasText(skill) || postedSince != null;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
