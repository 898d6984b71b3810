package com.careergpt.service.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/match}: a stored resume, and a stored job to match it with or none to rank all jobs. */
public record MatchRequest(
        @Schema(description = "Id of one of your resumes", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "Name one of your resumes in resumeId (POST /api/resumes stores one).") String resumeId,
        @Schema(description = "Id of a stored job; leave out to rank the stored jobs for the resume") String jobId,
        @Schema(description = "How many ranked jobs to answer (ranking only), 1-50, default 10")
        @Min(value = 1, message = LIMIT_RANGE) @Max(value = MatchService.MAX_LIMIT, message = LIMIT_RANGE)
        Integer limit) {

    private static final String LIMIT_RANGE = "limit must be between 1 and " + MatchService.MAX_LIMIT + ".";

    static MatchRequest none() {
        return new MatchRequest(null, null, null);
    }
}
