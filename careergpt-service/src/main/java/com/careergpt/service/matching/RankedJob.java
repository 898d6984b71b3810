package com.careergpt.service.matching;

import java.util.List;

import com.careergpt.service.scraping.Location;

import io.swagger.v3.oas.annotations.media.Schema;

/** A stored job ranked for a resume. */
@Schema(description = "A stored job scored for the resume, as a match with it would score it")
public record RankedJob(
        @Schema(description = "Id of the stored job (GET /api/jobs/{id})") String jobId,
        String title,
        String company,
        Location location,
        @Schema(description = "remote, hybrid or onsite; null when the post does not say") String remote,
        @Schema(description = "The local match score, 0-100") int score,
        @Schema(description = "Embedding similarity of resume and job, 0-1") double similarity,
        @Schema(description = "The job's skills the resume has") List<String> matchedSkills,
        @Schema(description = "The job's skills the resume lacks") List<String> missingSkills) {
}
