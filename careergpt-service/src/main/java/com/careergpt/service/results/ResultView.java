package com.careergpt.service.results;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/** A stored analysis; lists carry a preview instead of the output. */
@Schema(description = "A stored analysis result")
public record ResultView(
        String id,
        @Schema(description = "The task: an /api/analyze task, match or match_ranking") String task,
        @Schema(description = "Stored job it ran on, if any") String jobId,
        @Schema(description = "Stored resume it ran on, if any") String resumeId,
        String provider,
        String model,
        String promptVersion,
        boolean cached,
        Instant createdAt,
        @Schema(description = "First words of the answer (lists only)") String preview,
        @Schema(description = "The answer as returned (single result only)") JsonNode output,
        @Schema(description = "Claims in rewritten resume text not found in the resume (single result only)")
        JsonNode grounding) {
}
