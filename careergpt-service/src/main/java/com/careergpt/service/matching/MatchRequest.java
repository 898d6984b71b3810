package com.careergpt.service.matching;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/match}: a stored resume, and a stored job to match it with or none to rank all jobs. */
public record MatchRequest(
        @Schema(description = "Id of one of your resumes", requiredMode = Schema.RequiredMode.REQUIRED) String resumeId,
        @Schema(description = "Id of a stored job; leave out to rank the stored jobs for the resume") String jobId,
        @Schema(description = "How many ranked jobs to answer (ranking only), 1-50, default 10") Integer limit) {
}
