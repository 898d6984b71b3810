package com.careergpt.service.scraping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A job post after extraction and normalization. Field names follow the fixtures' {@code .expected.json} files.
 * Every field but {@code title} may be null when the page does not say. {@code fieldSources} names the fields a
 * language model filled after the rules left them empty, each with its source ({@code llm:openai/gpt-4o-mini});
 * null when the rules (or the feed) gave every field.
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
        Provenance provenance,
        Map<String, String> fieldSources) {

    public JobPosting {
        skills = skills == null ? List.of() : List.copyOf(skills);
        fieldSources = fieldSources == null || fieldSources.isEmpty() ? null : Map.copyOf(fieldSources);
    }

    /** A posting every field of which the rules (or the feed) gave. */
    public JobPosting(String title, String company, Location location, RemoteMode remote, Salary salary,
            EmploymentType employmentType, Seniority seniority, LocalDate datePosted, LocalDate validThrough,
            String applyUrl, String canonicalUrl, String description, String descriptionMarkdown, List<String> skills,
            Provenance provenance) {
        this(title, company, location, remote, salary, employmentType, seniority, datePosted, validThrough, applyUrl,
                canonicalUrl, description, descriptionMarkdown, skills, provenance, null);
    }
}
