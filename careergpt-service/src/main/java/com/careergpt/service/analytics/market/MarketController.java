package com.careergpt.service.analytics.market;

import java.nio.charset.StandardCharsets;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Job-market statistics, for any identified caller: a verified user or a guest (reading is not an action, so a
 * guest's free action is not spent). The {@link Caller} parameter is there for that check alone: resolving it
 * answers 401 {@code identity-required} to a request with neither token nor guest cookie.
 */
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "Analytics", description = "Job-market statistics over the stored job posts")
class MarketController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MarketAnalytics analytics;

    MarketController(MarketAnalytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/market")
    @Operation(summary = "Job-market statistics over the stored posts the filters select",
            description = "Top skills, skill pairs, yearly salaries per title, seniority, country and city (per "
                    + "currency), remote share, top companies and locations, posts per week and rising skills. "
                    + "Linked duplicates never count. Filters combine with AND.")
    MarketReport market(@ParameterObject MarketFilterParams filter,
            @Parameter(hidden = true) Caller identifiedCaller) {
        return analytics.report(filter.toFilter());
    }

    @GetMapping("/market.csv")
    @Operation(summary = "One section of the job-market statistics as CSV (RFC 4180, UTF-8)",
            description = "The same filters as GET /api/analytics/market; a header row of the section's JSON field "
                    + "names, then one row per entry.")
    @ApiResponse(responseCode = "200", description = "The section as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> marketCsv(
            @Parameter(description = "topSkills, skillPairs, salaries, remoteShare, topCompanies, topLocations, "
                    + "postingsPerWeek or risingSkills", required = true)
            @RequestParam(required = false) String section,
            @ParameterObject MarketFilterParams filter,
            @Parameter(hidden = true) Caller identifiedCaller) {
        MarketSection exported = MarketSection.fromJson(section).orElseThrow(() -> ProblemException.badParameter(
                "section", "section must be one of " + MarketSection.names() + "."));
        String csv = MarketCsv.of(analytics.report(filter.toFilter()), exported);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("market-" + exported.json() + ".csv").build().toString())
                .body(csv);
    }
}
