package com.careergpt.service.grounding;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The outcome of checking generated text against the resume it was written from. */
@Schema(description = "Whether every number, employer and skill the text claims for the candidate is in the resume")
public record GroundingReport(
        @Schema(description = "True when nothing was flagged") boolean grounded,
        @Schema(description = "Claims not found in the resume; check them before using the text")
        List<GroundingFlag> flags) {

    public static GroundingReport of(List<GroundingFlag> flags) {
        return new GroundingReport(flags.isEmpty(), List.copyOf(flags));
    }
}
