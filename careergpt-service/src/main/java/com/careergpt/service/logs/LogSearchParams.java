package com.careergpt.service.logs;

import java.time.Instant;

import org.springframework.format.annotation.DateTimeFormat;

import com.careergpt.common.web.InOrder;

import io.swagger.v3.oas.annotations.Parameter;

/** The filters only the log search takes: the time range [from, to), the model and the latency range. */
@InOrder(first = "from", then = "to", strict = true, field = "to", message = "to must be after from.")
@InOrder(first = "minLatencyMs", then = "maxLatencyMs", message = "minLatencyMs must not exceed maxLatencyMs.")
record LogSearchParams(
        @Parameter(description = "From this time on (ISO-8601)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
        @Parameter(description = "Before this time (ISO-8601)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
        @Parameter(description = "Model of LLM calls: provider:model or the model's name") String model,
        @Parameter(description = "LLM calls and requests that took at least this long") Long minLatencyMs,
        @Parameter(description = "LLM calls and requests that took at most this long") Long maxLatencyMs) {

    static final LogSearchParams NONE = new LogSearchParams(null, null, null, null, null);
}
