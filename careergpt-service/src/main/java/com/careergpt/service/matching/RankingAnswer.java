package com.careergpt.service.matching;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The stored jobs that fit a resume best. */
@Schema(description = "Stored jobs ranked for a resume: the closest by meaning, ordered by their local match score")
public record RankingAnswer(
        @Schema(description = "Id of the stored result") String resultId,
        String resumeId,
        @Schema(description = "Embedding model used to find the candidates") String model,
        @Schema(description = "How many of the closest jobs by meaning were scored (at most 50)") int candidates,
        @Schema(description = "The best `limit` of the scored jobs (1-50, default 10), highest score first, then "
                + "highest similarity") List<RankedJob> items) {
}
