package com.careergpt.service.scraping.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.Seniority;
import com.careergpt.service.scraping.dedup.PostingFingerprint;

import tools.jackson.databind.json.JsonMapper;

/**
 * A posting as {@code jobs} stores it, with its de-duplication fingerprint: the title cut to its column, the skills
 * also as JSON, and a provenance that always names a fetcher, an extractor and a time.
 */
record JobRecord(
        String canonicalUrl, String title, String company, String companyKey, String titleKey,
        Location location, RemoteMode remote, Salary salary, EmploymentType employmentType, Seniority seniority,
        LocalDate datePosted, LocalDate validThrough, String applyUrl, String description, String descriptionMarkdown,
        List<String> skills, String skillsJson, String contentHash, long simhash, Provenance provenance,
        String fieldSourcesJson) {

    private static final int MAX_TITLE = 500;

    static JobRecord of(JobPosting posting, PostingFingerprint fingerprint, JsonMapper json) {
        return new JobRecord(
                posting.canonicalUrl(),
                truncate(posting.title(), MAX_TITLE),
                posting.company(),
                fingerprint.companyKey(),
                fingerprint.titleKey(),
                located(posting.location()), posting.remote(), posting.salary(), posting.employmentType(), posting.seniority(),
                posting.datePosted(), posting.validThrough(), posting.applyUrl(),
                posting.description(), posting.descriptionMarkdown(),
                posting.skills(), json.writeValueAsString(posting.skills()),
                fingerprint.contentHash(), fingerprint.simhash(),
                stored(posting.provenance()),
                posting.fieldSources() == null ? null : json.writeValueAsString(posting.fieldSources()));
    }

    /** A location that names nothing is none, as {@code jobs} reads it back. */
    private static Location located(Location location) {
        return location == null || location.city() == null && location.region() == null && location.country() == null
                ? null : location;
    }

    private static Provenance stored(Provenance provenance) {
        if (provenance == null) {
            return new Provenance(null, "inline", "heuristic", Instant.EPOCH);
        }
        return new Provenance(provenance.source(),
                provenance.fetcher() == null ? "inline" : provenance.fetcher(),
                provenance.extractor() == null ? "heuristic" : provenance.extractor(),
                provenance.fetchedAt() == null ? Instant.EPOCH : provenance.fetchedAt());
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
