package com.careergpt.service.llm;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a model is asked to do. Each task has versioned prompt templates and a JSON schema for its output. */
public enum LlmTask {
    JOB_EXTRACT,
    JOB_SUMMARY,
    RESUME_REVIEW,
    RESUME_JOB_MATCH,
    COVER_LETTER,
    INTERVIEW_PREP,
    MARKET_QUESTION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LlmTask> fromJson(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Tasks whose answer is free-form prose, worth streaming. */
    public boolean streamable() {
        return this == COVER_LETTER || this == INTERVIEW_PREP;
    }
}
