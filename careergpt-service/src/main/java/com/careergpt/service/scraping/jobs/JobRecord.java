package com.careergpt.service.scraping.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.dedup.PostingFingerprint;

import tools.jackson.databind.json.JsonMapper;

/** A posting flattened into the columns of {@code jobs}, with its de-duplication fingerprint. */
record JobRecord(
        String canonicalUrl, String sourceUrl, String title, String company, String companyKey, String titleKey,
        String city, String region, String country, String remote,
        BigDecimal salaryMin, BigDecimal salaryMax, String salaryCurrency, String salaryPeriod, String salarySource,
        BigDecimal salaryYearlyMin, BigDecimal salaryYearlyMax, String salaryFlag,
        String employmentType, String seniority, LocalDate datePosted, LocalDate validThrough, String applyUrl,
        String description, String descriptionMarkdown, List<String> skills, String skillsJson,
        String contentHash, long simhash, String fetcher, String extractor, Instant fetchedAt, String fieldSourcesJson) {

    private static final int MAX_TITLE = 500;

    static JobRecord of(JobPosting posting, PostingFingerprint fingerprint, JsonMapper json) {
        Location location = posting.location() == null ? new Location(null, null, null) : posting.location();
        Salary salary = posting.salary();
        Provenance provenance = posting.provenance();
        return new JobRecord(
                posting.canonicalUrl(),
                provenance == null ? null : provenance.source(),
                truncate(posting.title(), MAX_TITLE),
                posting.company(),
                fingerprint.companyKey(),
                fingerprint.titleKey(),
                location.city(), location.region(), location.country(),
                posting.remote() == null ? null : posting.remote().json(),
                salary == null ? null : salary.min(),
                salary == null ? null : salary.max(),
                salary == null ? null : salary.currency(),
                salary == null || salary.period() == null ? null : salary.period().json(),
                salary == null ? null : salary.source(),
                salary == null ? null : salary.yearlyMin(),
                salary == null ? null : salary.yearlyMax(),
                salary == null ? null : salary.flag(),
                posting.employmentType() == null ? null : posting.employmentType().json(),
                posting.seniority() == null ? null : posting.seniority().json(),
                posting.datePosted(), posting.validThrough(), posting.applyUrl(),
                posting.description(), posting.descriptionMarkdown(),
                posting.skills(), json.writeValueAsString(posting.skills()),
                fingerprint.contentHash(), fingerprint.simhash(),
                provenance == null || provenance.fetcher() == null ? "inline" : provenance.fetcher(),
                provenance == null || provenance.extractor() == null ? "heuristic" : provenance.extractor(),
                provenance == null || provenance.fetchedAt() == null ? Instant.EPOCH : provenance.fetchedAt(),
                posting.fieldSources() == null ? null : json.writeValueAsString(posting.fieldSources()));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
