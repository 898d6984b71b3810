package com.careergpt.service.llm.api;

import com.careergpt.service.grounding.GroundingReport;
import com.careergpt.service.llm.LlmResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/** An analysis as answered: where it is kept, the router's result, and the grounding check of resume rewrites. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisResponse(
        @Schema(description = "Id of the stored result: GET /api/results/{resultId}") String resultId,
        @JsonUnwrapped LlmResult result,
        @Schema(description = "For cover_letter, resume_review and resume_job_match: numbers, employers and skills "
                + "the answer claims for the candidate that the resume does not show") GroundingReport grounding) {
}
