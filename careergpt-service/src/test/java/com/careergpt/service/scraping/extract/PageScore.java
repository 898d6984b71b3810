package com.careergpt.service.scraping.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.JsonNode;

/**
 * How one extracted page compares with a person's reading of it ({@code NAME.expected.json}), scored as
 * docs/evaluations.md describes: strings equal after trimming, NFKC and case folding, a list
 * meaning any of its values; city, region and country apart; salary right when currency and period match and
 * min/max are within 1% (or the yearly figures match); skills score the share found; a job page that came back as
 * no job scores every field 0; a non-job page stored as a job is a false job.
 */
record PageScore(String page, boolean expectedJob, boolean extractedJob, Map<String, Double> fields) {

    static final List<String> FIELDS = List.of("title", "company", "city", "region", "country", "remote",
            "employmentType", "salary", "datePosted", "skills");

    boolean missed() {
        return expectedJob && !extractedJob;
    }

    boolean falseJob() {
        return !expectedJob && extractedJob;
    }

    static PageScore of(String page, JsonNode expected, Optional<JobPosting> extracted, SkillTaxonomy taxonomy) {
        boolean expectedJob = expected.path("isJob").asBoolean(true);
        Map<String, Double> fields = new LinkedHashMap<>();
        if (!expectedJob) {
            return new PageScore(page, false, extracted.isPresent(), fields);
        }
        JobPosting job = extracted.orElse(null);
        Location location = job == null ? null : job.location();
        Map<String, String> actual = new LinkedHashMap<>();
        actual.put("title", job == null ? null : job.title());
        actual.put("company", job == null ? null : job.company());
        actual.put("city", location == null ? null : location.city());
        actual.put("region", location == null ? null : location.region());
        actual.put("country", location == null ? null : location.country());
        actual.put("remote", job == null || job.remote() == null ? null : job.remote().json());
        actual.put("employmentType", job == null || job.employmentType() == null ? null : job.employmentType().json());
        actual.put("datePosted", job == null || job.datePosted() == null ? null : job.datePosted().toString());
        for (String field : FIELDS) {
            JsonNode wanted = switch (field) {
                case "city", "region", "country" -> expected.path("location").path(field);
                default -> expected.path(field);
            };
            if (wanted.isMissingNode() || wanted.isNull()) {
                continue;
            }
            double score = switch (field) {
                case "salary" -> job != null && salaryMatches(wanted, job.salary()) ? 1 : 0;
                case "skills" -> job == null ? 0 : skillShare(wanted, job.skills(), taxonomy);
                default -> anyEquals(wanted, actual.get(field)) ? 1 : 0;
            };
            fields.put(field, score);
        }
        return new PageScore(page, true, job != null, fields);
    }

    static String fold(String value) {
        return value == null ? null
                : Normalizer.normalize(value.trim(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static boolean anyEquals(JsonNode wanted, String actual) {
        if (actual == null) {
            return false;
        }
        for (String value : values(wanted)) {
            if (fold(value).equals(fold(actual))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asString()));
        } else {
            values.add(node.asString());
        }
        return values;
    }

    private static double skillShare(JsonNode wanted, List<String> found, SkillTaxonomy taxonomy) {
        List<String> expected = values(wanted);
        if (expected.isEmpty()) {
            return 1;
        }
        List<String> foldedFound = found.stream().map(PageScore::fold).toList();
        int hits = 0;
        for (String skill : expected) {
            String canonical = taxonomy.lookup(skill).map(known -> known.name()).orElse(skill);
            if (foldedFound.contains(fold(skill)) || foldedFound.contains(fold(canonical))) {
                hits++;
            }
        }
        return (double) hits / expected.size();
    }

    private static boolean salaryMatches(JsonNode wanted, Salary salary) {
        if (salary == null) {
            return false;
        }
        String currency = wanted.path("currency").asString(null);
        String period = wanted.path("period").asString(null);
        BigDecimal min = decimal(wanted.path("min"));
        BigDecimal max = decimal(wanted.path("max"));
        boolean sameUnit = currency != null && currency.equalsIgnoreCase(salary.currency())
                && period != null && salary.period() != null && period.equalsIgnoreCase(salary.period().json());
        if (sameUnit && close(min, salary.min()) && close(max, salary.max())) {
            return true;
        }
        if (currency == null || !currency.equalsIgnoreCase(salary.currency()) || period == null) {
            return false;
        }
        BigDecimal factor = BigDecimal.valueOf(switch (period) {
            case "hour" -> 2080;
            case "day" -> 260;
            case "week" -> 52;
            case "month" -> 12;
            default -> 1;
        });
        return close(min == null ? null : min.multiply(factor), salary.yearlyMin())
                && close(max == null ? null : max.multiply(factor), salary.yearlyMax());
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    private static boolean close(BigDecimal expected, BigDecimal actual) {
        if (expected == null) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        if (expected.signum() == 0) {
            return actual.signum() == 0;
        }
        return expected.subtract(actual).abs().divide(expected.abs(), MathContext.DECIMAL64)
                .compareTo(new BigDecimal("0.01")) <= 0;
    }
}
