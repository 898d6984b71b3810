package com.careergpt.service.logs;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of log lines, newest first. */
public record LogPage(
        List<LogLine> items,
        int page,
        int size,
        @Schema(description = "Lines matching the filters: this service's, and identity-service's for a requestId")
        long total,
        @Schema(description = "What could not be searched, e.g. identity-service being down") List<String> notes) {
}
