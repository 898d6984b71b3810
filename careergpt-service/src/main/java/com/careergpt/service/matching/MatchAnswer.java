package com.careergpt.service.matching;

import java.util.List;

import com.careergpt.service.grounding.GroundingReport;

import io.swagger.v3.oas.annotations.media.Schema;

/** A resume matched with one job: the local score and how it was found, then a model's explanation. */
@Schema(description = "How well a resume fits a job, scored locally like an ATS and explained by a model")
public record MatchAnswer(
        @Schema(description = "Id of the stored result") String resultId,
        String resumeId,
        String jobId,
        @Schema(description = "0-100, the weighted sum of the sub-scores") int score,
        List<String> matchedSkills,
        List<String> missingSkills,
        @Schema(description = "The model's explanation of the score") String explanation,
        @Schema(description = "The model's suggestions") List<String> suggestions,
        @Schema(description = "skills, experience, domain, tools, achievements with weights") List<SubScore> subScores,
        @Schema(description = "The job's keywords and where the resume shows them") List<KeywordRow> keywords,
        List<String> missingKeywords,
        @Schema(description = "Cosine similarity of the resume's and the job's embeddings") double similarity,
        @Schema(description = "The score's arithmetic in one line") String breakdown,
        @Schema(description = "Who explained: provider, model, prompt version; provider local when no model "
                + "could answer and the explanation is the breakdown") Explainer explainedBy,
        @Schema(description = "Claims in the explanation and suggestions that the resume does not back")
        GroundingReport grounding) {

    public record Explainer(String provider, String model, String promptVersion) {
    }
}
