package com.careergpt.service.matching;

import io.swagger.v3.oas.annotations.media.Schema;

/** One keyword of the job, as an applicant tracking system would look for it in the resume. */
@Schema(description = "A keyword the job names and where the resume shows it")
public record KeywordRow(
        String keyword,
        @Schema(description = "skill or tool") String category,
        boolean foundInResume,
        @Schema(description = "Resume section it was first found in: summary, experience, education, skills, "
                + "contact or other; null when missing") String section) {
}
