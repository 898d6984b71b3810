package com.careergpt.service.logs;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** The filters of the log search and of the live tail ({@code GET /api/admin/logs} and {@code .../stream}). */
record LogFilterParams(
        @Parameter(description = "Lowest level: ERROR, WARN, INFO, DEBUG or TRACE")
        @Pattern(regexp = "(?i)ERROR|WARN|INFO|DEBUG|TRACE",
                message = "level must be one of ERROR, WARN, INFO, DEBUG, TRACE.") String level,
        @Parameter(description = "request, event or llm")
        @Pattern(regexp = "request|event|llm", message = "kind must be one of request, event, llm.") String kind,
        @Parameter(description = "Path prefix of requests") String path,
        @Parameter(description = "HTTP status of requests")
        @Min(value = 100, message = LogFilterParams.STATUS) @Max(value = 599, message = LogFilterParams.STATUS)
        Integer status,
        @Parameter(description = "The user's id") String userId,
        @Parameter(description = "The request id (also brings identity-service's lines of that request)")
        String requestId,
        @Parameter(description = "Text in messages and errors") String q) {

    static final String STATUS = "status must be an HTTP status between 100 and 599.";
}
