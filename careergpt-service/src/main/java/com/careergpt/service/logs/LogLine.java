package com.careergpt.service.logs;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** One line of the admin log view: a handled request, an application log line, or an LLM call. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A request (kind request), an application log line (kind event) or an LLM call (kind llm)")
public record LogLine(
        Instant time,
        @Schema(description = "careergpt-service or identity-service") String service,
        @Schema(description = "request, event or llm") String kind,
        @Schema(description = "ERROR, WARN, INFO, DEBUG; a request is ERROR at 5xx, WARN at 4xx") String level,
        String method,
        String path,
        Integer status,
        Long latencyMs,
        String userId,
        String requestId,
        @Schema(description = "provider:model of an LLM call") String model,
        String message) {

    public static final String REQUEST = "request";
    public static final String EVENT = "event";
    public static final String LLM = "llm";
}
