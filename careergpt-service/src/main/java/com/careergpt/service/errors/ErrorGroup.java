package com.careergpt.service.errors;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Failures with one fingerprint: how often, when first and last, and one request id to look them up by. */
@Schema(description = "Failed requests (status 5xx) grouped by fingerprint")
public record ErrorGroup(
        String fingerprint,
        @Schema(description = "Root exception class of an unexpected error; null for a problem answer") String exceptionType,
        @Schema(description = "Problem type (last segment of its URI) of a problem answer") String problemType,
        int status,
        @Schema(description = "Request path with ids replaced by {id}") String path,
        @Schema(description = "The top frames that, with the type, make the fingerprint") String topFrames,
        @Schema(description = "The latest message") String message,
        long count,
        Instant firstSeen,
        Instant lastSeen,
        @Schema(description = "Request id of the latest occurrence: GET /api/admin/logs?requestId=...") String sampleRequestId) {
}
