package com.careergpt.service.sources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A source to save: URLs, a job board's feed, or a board feed searched for words; when to run it; what to do. */
@Schema(description = "kind url: url or urls. kind feed: board and company. kind search: board, company and query.")
public record SourceRequest(
        @Schema(description = "A name to recognise it by; defaults to the URL or board") String name,
        @Schema(allowableValues = {"url", "feed", "search"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(example = "https://jobs.example.com/backend-engineer") String url,
        List<String> urls,
        @Schema(allowableValues = {"greenhouse", "lever"}) String board,
        @Schema(description = "The board's company token", example = "northwind") String company,
        @Schema(description = "Words every collected posting must contain (kind search)", example = "data engineer")
        String query,
        @Schema(description = "Cron (5 fields, or 6 with seconds first), UTC; default nightly", example = "0 3 * * *")
        String schedule,
        @Schema(description = "Run the router's job_summary on each new post") Boolean analyze,
        @Schema(description = "Run once now (default true)") Boolean runOnCreate) {
}
