package com.careergpt.service.grounding;

import io.swagger.v3.oas.annotations.media.Schema;

/** A claim in generated text that the source resume does not back. */
@Schema(description = "A number, employer or skill claimed in generated text but absent from the resume")
public record GroundingFlag(
        @Schema(description = "number, employer or skill") String kind,
        @Schema(description = "The claim as written, e.g. 40%, Google, Kubernetes") String value,
        @Schema(description = "The sentence that makes the claim") String sentence) {
}
