package com.careergpt.service.resumes;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.JsonNode;

/** A stored resume; lists leave out the text and the sections. */
@Schema(description = "An uploaded resume and what was read from it")
public record ResumeView(
        String id,
        String fileName,
        @Schema(description = "Type sniffed from the content: application/pdf, the DOCX type or text/plain")
        String mediaType,
        long sizeBytes,
        int pages,
        Instant createdAt,
        @Schema(description = "Skills found, canonical names from the taxonomy") List<String> skills,
        @Schema(description = "Years the dated experience adds up to (at upload time); null when none is dated")
        Double yearsOfExperience,
        @Schema(description = "contact, summary, experience (text and entries), education, skills, other "
                + "(single resume only)") JsonNode sections,
        @Schema(description = "The text read from the file (single resume only)") String text) {
}
