package com.careergpt.service.alerts;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** An alert incident: opened once when its rule fired, resolved once when the condition cleared. */
public record Incident(
        String id,
        @Schema(description = "provider-error-rate, user-spend or guest-spike") String kind,
        @Schema(description = "The provider, user id or 'all guests' it is about") String subject,
        @Schema(description = "open or resolved") String status,
        Instant openedAt,
        Instant resolvedAt,
        @Schema(description = "The measured value when it opened") double value,
        double threshold,
        String message) {
}
