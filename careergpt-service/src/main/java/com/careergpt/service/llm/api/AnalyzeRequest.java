package com.careergpt.service.llm.api;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/** Body of {@code POST /api/analyze}: the task and what it works on, as text or as ids of stored data. */
@Schema(description = "An analysis task and its inputs; each task uses the inputs it needs")
public record AnalyzeRequest(
        @Schema(description = "job_extract, job_summary, resume_review, resume_job_match, cover_letter, "
                + "interview_prep or market_question", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "job_summary") @KnownTask String task,
        @Schema(description = "Free text: a job posting (job_extract, job_summary, interview_prep) or a resume "
                + "(resume_review, resume_job_match, cover_letter)") @AnalysisInput String text,
        @Schema(description = "Id of a stored job, instead of job") String jobId,
        @Schema(description = "Id of a stored resume, instead of resume") String resumeId,
        @Schema(description = "A job: {title, company, description, skills[]}") @AnalysisInput JsonNode job,
        @Schema(description = "A resume: {text}") @AnalysisInput JsonNode resume,
        @Schema(description = "The question (market_question, interview_prep)") @AnalysisInput String question,
        @Schema(description = "Tone of a cover letter, e.g. formal, warm, concise") @AnalysisInput String tone,
        @Schema(description = "Job-market statistics a market_question is answered from") @AnalysisInput
        JsonNode stats,
        @Schema(description = "Stream the answer as server-sent events (cover_letter, interview_prep only)")
        Boolean stream) {
}
