package com.careergpt.service.scraping.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.normalize.JobAttributes;
import com.careergpt.service.scraping.normalize.Locations;
import com.careergpt.service.scraping.normalize.SalaryParser;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lever's postings API ({@code GET /v0/postings/{company}?mode=json}): {@code createdAt} in epoch milliseconds,
 * {@code salaryRange.interval} such as {@code per-year-salary}. Lever does not name the company, only its URL slug
 * ("acmehealth"); the company name is the description's phrase that spells the slug ("Acme Health"), else the slug.
 */
@Component
public class LeverFeedParser {

    private static final Pattern CAPITALIZED_RUN = Pattern.compile("\\b\\p{Lu}[\\p{L}&.'-]*(?:\\s+\\p{Lu}[\\p{L}&.'-]*){0,4}");

    private final JsonMapper json = JsonMapper.builder().build();
    private final FeedPostings postings;

    public LeverFeedParser(SkillTaxonomy taxonomy) {
        this.postings = new FeedPostings(taxonomy);
    }

    public List<JobPosting> parse(String body, Instant fetchedAt) {
        List<JobPosting> result = new ArrayList<>();
        for (JsonNode job : json.readTree(body)) {
            String hosted = job.path("hostedUrl").asString(null);
            String html = job.path("description").asString("") + lists(job) + job.path("additional").asString("");
            JsonNode categories = job.path("categories");
            Location location = Locations.parse(categories.path("location").asString(null));
            String country = job.path("country").asString(null);
            if (country != null && (location == null || location.country() == null)) {
                location = new Location(location == null ? null : location.city(), location == null ? null : location.region(),
                        Locations.countryCode(country));
            }
            JsonNode range = job.path("salaryRange");
            Salary salary = range.isObject()
                    ? SalaryParser.structured(decimal(range.get("min")), decimal(range.get("max")),
                            range.path("currency").asString(null), range.path("interval").asString(null)).orElse(null)
                    : null;
            long created = job.path("createdAt").asLong(0);
            FeedPostings.Fields fields = new FeedPostings.Fields(
                    job.path("text").asString(null),
                    company(slug(hosted), job.path("descriptionPlain").asString("") + " " + job.path("additionalPlain").asString("")),
                    location,
                    JobAttributes.remoteMode(job.path("workplaceType").asString(null)).orElse(null),
                    salary,
                    JobAttributes.employmentType(categories.path("commitment").asString(null)).orElse(null),
                    created == 0 ? null : Instant.ofEpochMilli(created).atZone(ZoneOffset.UTC).toLocalDate(),
                    hosted,
                    job.path("applyUrl").asString(null),
                    html);
            result.add(postings.posting(fields, "lever", fetchedAt));
        }
        return result;
    }

    private static String lists(JsonNode job) {
        StringBuilder html = new StringBuilder();
        for (JsonNode list : job.path("lists")) {
            html.append("<h3>").append(list.path("text").asString("")).append("</h3><ul>")
                    .append(list.path("content").asString("")).append("</ul>");
        }
        return html.toString();
    }

    private static String slug(String hostedUrl) {
        if (hostedUrl == null) {
            return null;
        }
        String[] parts = hostedUrl.replaceFirst("^https?://[^/]+/", "").split("/");
        return parts.length == 0 || parts[0].isBlank() ? null : parts[0];
    }

    static String company(String slug, String text) {
        if (slug == null) {
            return null;
        }
        String wanted = slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        Matcher runs = CAPITALIZED_RUN.matcher(text);
        while (runs.find()) {
            String[] words = runs.group().split("\\s+");
            for (int start = 0; start < words.length; start++) {
                for (int end = words.length; end > start; end--) {
                    String candidate = String.join(" ", Arrays.copyOfRange(words, start, end));
                    if (candidate.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").equals(wanted)) {
                        return candidate;
                    }
                }
            }
        }
        return slug;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }
}
