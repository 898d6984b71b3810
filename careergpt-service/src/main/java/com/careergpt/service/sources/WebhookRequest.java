package com.careergpt.service.sources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A URL to POST events to: every event of the caller, or only one source's. */
public record WebhookRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "https://hooks.example.com/careergpt") String url,
        @Schema(description = "Only this source's events (default: all of yours)") String sourceId,
        @Schema(description = "Default: all", allowableValues = {"collection.completed", "analysis.completed"})
        List<String> events) {
}
