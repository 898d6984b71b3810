package com.careergpt.service.scraping;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A job post after extraction and normalization. Field names follow the fixtures' {@code .expected.json} files.
 * Every field but {@code title} may be null when the page does not say.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobPosting(
        String title,
        String company,
        Location location,
        RemoteMode remote,
        Salary salary,
        EmploymentType employmentType,
        Seniority seniority,
        LocalDate datePosted,
        LocalDate validThrough,
        String applyUrl,
        String canonicalUrl,
        String description,
        String descriptionMarkdown,
        List<String> skills,
        Provenance provenance) {

    public JobPosting {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
