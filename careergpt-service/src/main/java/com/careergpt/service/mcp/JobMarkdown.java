package com.careergpt.service.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.jobs.JobView;

/** A job post as Markdown for a model to read: the title, its facts as a list, then the description. */
final class JobMarkdown {

    private JobMarkdown() {
    }

    static String of(JobView job) {
        StringBuilder text = new StringBuilder("# ").append(job.title() == null ? "Untitled job" : job.title());
        if (job.company() != null) {
            text.append(" at ").append(job.company());
        }
        text.append("\n\n");
        fact(text, "Job id", job.id());
        fact(text, "Location", location(job.location()));
        fact(text, "Remote", job.remote());
        fact(text, "Salary", salary(job.salary()));
        fact(text, "Employment type", job.employmentType());
        fact(text, "Seniority", job.seniority());
        fact(text, "Posted", job.datePosted() == null ? null : job.datePosted().toString());
        fact(text, "Valid through", job.validThrough() == null ? null : job.validThrough().toString());
        fact(text, "Skills", job.skills() == null || job.skills().isEmpty() ? null : String.join(", ", job.skills()));
        fact(text, "Apply", job.applyUrl());
        fact(text, "Source", job.provenance() == null ? null : job.provenance().source());
        fact(text, "Duplicate of", job.duplicateOf());
        String description = job.descriptionMarkdown() != null ? job.descriptionMarkdown() : job.description();
        if (description != null && !description.isBlank()) {
            text.append("\n## Description\n\n").append(description.strip()).append('\n');
        }
        return text.toString();
    }

    private static void fact(StringBuilder text, String name, String value) {
        if (value != null && !value.isBlank()) {
            text.append("- ").append(name).append(": ").append(value).append('\n');
        }
    }

    private static String location(Location location) {
        if (location == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {location.city(), location.region(), location.country()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String salary(Salary salary) {
        if (salary == null) {
            return null;
        }
        String range = salary.min() == null ? "up to " + salary.max().toPlainString()
                : salary.max() == null || salary.max().compareTo(salary.min()) == 0 ? salary.min().toPlainString()
                : salary.min().toPlainString() + "-" + salary.max().toPlainString();
        String currency = Objects.toString(salary.currency(), "");
        String period = salary.period() == null ? "" : " per " + salary.period().json();
        return (range + " " + currency).strip() + period;
    }
}
