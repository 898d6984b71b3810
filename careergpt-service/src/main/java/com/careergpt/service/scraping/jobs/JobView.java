package com.careergpt.service.scraping.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.SalaryPeriod;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stored job as the API shows it. Field names follow the fixtures' {@code .expected.json}; {@code description}
 * and {@code descriptionMarkdown} are left out of list pages.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(
        String id,
        String title,
        String company,
        Location location,
        String remote,
        Salary salary,
        String employmentType,
        String seniority,
        LocalDate datePosted,
        LocalDate validThrough,
        String applyUrl,
        String canonicalUrl,
        List<String> skills,
        String duplicateOf,
        String duplicateKind,
        String description,
        String descriptionMarkdown,
        Provenance provenance,
        Instant firstSeen,
        Instant lastSeen) {

    static JobView of(StoredJob job, List<String> skills, boolean withDescription) {
        Location location = job.city() == null && job.region() == null && job.country() == null
                ? null : new Location(job.city(), job.region(), job.country());
        Salary salary = job.salaryMin() == null && job.salaryMax() == null ? null
                : new Salary(plain(job.salaryMin()), plain(job.salaryMax()), job.salaryCurrency(),
                        SalaryPeriod.fromJson(job.salaryPeriod()).orElse(null),
                        job.salarySource(), plain(job.salaryYearlyMin()), plain(job.salaryYearlyMax()),
                        job.salaryFlag());
        return new JobView(job.id(), job.title(), job.company(), location, job.remote(), salary,
                job.employmentType(), job.seniority(), job.datePosted(), job.validThrough(), job.applyUrl(),
                job.canonicalUrl(), skills, job.duplicateOf(), job.duplicateKind(),
                withDescription ? job.description() : null,
                withDescription ? job.descriptionMarkdown() : null,
                new Provenance(job.sourceUrl(), job.fetcher(), job.extractor(), job.fetchedAt()),
                job.firstSeen(), job.lastSeen());
    }

    /** Keeps figures readable in JSON: 75000 and 35.5, not 75000.00 or 7.5E+4. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
