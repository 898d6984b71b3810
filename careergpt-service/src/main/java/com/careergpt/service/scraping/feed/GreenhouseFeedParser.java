package com.careergpt.service.scraping.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.careergpt.service.scraping.JobPosting;

import com.careergpt.service.scraping.normalize.JobAttributes;
import com.careergpt.service.scraping.normalize.Locations;
import com.careergpt.service.scraping.normalize.PostingDates;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Greenhouse's job-board API ({@code GET /v1/boards/{board}/jobs?content=true}): {@code content} is HTML-escaped
 * HTML; the workplace type comes from the "Workplace type" metadata field when the board has one.
 */
@Component
public class GreenhouseFeedParser {

    private final JsonMapper json = JsonMapper.builder().build();
    private final FeedPostings postings;

    public GreenhouseFeedParser(SkillTaxonomy taxonomy) {
        this.postings = new FeedPostings(taxonomy);
    }

    public List<JobPosting> parse(String body, Instant fetchedAt) {
        List<JobPosting> result = new ArrayList<>();
        for (JsonNode job : json.readTree(body).path("jobs")) {
            String workplace = null;
            for (JsonNode field : job.path("metadata")) {
                if (field.path("name").asString("").toLowerCase().contains("workplace")) {
                    workplace = field.path("value").asString(null);
                }
            }
            String published = job.path("first_published").asString(job.path("updated_at").asString(null));
            FeedPostings.Fields fields = new FeedPostings.Fields(
                    job.path("title").asString(null),
                    job.path("company_name").asString(null),
                    Locations.parse(job.path("location").path("name").asString(null)),
                    JobAttributes.remoteMode(workplace).orElse(null),
                    null,
                    null,
                    published == null ? null : PostingDates.isoDate(published).orElse(null),
                    job.path("absolute_url").asString(null),
                    null,
                    job.path("content").asString(""));
            result.add(postings.posting(fields, "greenhouse", fetchedAt));
        }
        return result;
    }
}
