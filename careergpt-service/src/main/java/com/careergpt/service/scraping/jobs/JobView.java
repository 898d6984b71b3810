package com.careergpt.service.scraping.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careergpt.service.scraping.JsonNamed;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.Salary;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stored job as the API shows it. Field names follow the fixtures' {@code .expected.json}; {@code description}
 * and {@code descriptionMarkdown} are left out of list pages. {@code fieldSources} tells, for each extracted field
 * the job has, where its value came from: {@code rules} (the page's structured data and the extraction rules, or
 * the feed) or the language model that filled it after the rules left it empty ({@code llm:openai/gpt-4o-mini}).
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
        Map<String, String> fieldSources,
        Instant firstSeen,
        Instant lastSeen) {

    static final String RULES = "rules";

    static JobView of(StoredJob job, List<String> skills, Map<String, String> filledByModel, boolean withDescription) {
        Salary salary = shown(job.salary());
        return new JobView(job.id(), job.title(), job.company(), job.location(), json(job.remote()), salary,
                json(job.employmentType()), json(job.seniority()), job.datePosted(), job.validThrough(), job.applyUrl(),
                job.canonicalUrl(), skills, job.duplicateOf(), job.duplicateKind(),
                withDescription ? job.description() : null,
                withDescription ? job.descriptionMarkdown() : null,
                job.provenance(), fieldSources(job, salary, skills, filledByModel), job.firstSeen(), job.lastSeen());
    }

    /** A salary with neither bound is not shown; figures lose the column's trailing zeros. */
    private static Salary shown(Salary stored) {
        if (stored == null || stored.min() == null && stored.max() == null) {
            return null;
        }
        return new Salary(plain(stored.min()), plain(stored.max()), stored.currency(), stored.period(), stored.source(),
                plain(stored.yearlyMin()), plain(stored.yearlyMax()), stored.flag());
    }

    private static String json(JsonNamed value) {
        return value == null ? null : value.json();
    }

    private static Map<String, String> fieldSources(StoredJob job, Salary salary, List<String> skills,
            Map<String, String> filledByModel) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", job.title());
        values.put("company", job.company());
        values.put("location", job.location());
        values.put("remote", job.remote());
        values.put("salary", salary);
        values.put("employmentType", job.employmentType());
        values.put("seniority", job.seniority());
        values.put("datePosted", job.datePosted());
        values.put("skills", skills.isEmpty() ? null : skills);
        Map<String, String> sources = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (value != null) {
                sources.put(field, filledByModel.getOrDefault(field, RULES));
            }
        });
        return sources;
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
