package com.careergpt.service.matching;

import io.swagger.v3.oas.annotations.media.Schema;

/** One dimension of the match. */
@Schema(description = "One part of the score: its value, its weight in the total and how it was found")
public record SubScore(
        @Schema(description = "skills, experience, domain, tools or achievements") String name,
        @Schema(description = "0-100") int score,
        @Schema(description = "Share of the total score, 0-1; a dimension the job asks nothing of weighs 0 and the "
                + "others are scaled up") double weight,
        @Schema(description = "How the score was found") String basis) {
}
