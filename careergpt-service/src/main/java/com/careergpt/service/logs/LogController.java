package com.careergpt.service.logs;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/logs")
@Tag(name = "Admin", description = "Usage, logs, errors and alerts (role admin)")
@SecurityRequirement(name = "bearer")
class LogController {

    static final int MAX_PAGE_SIZE = 200;
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    private static final String SIZE = "size must be between 1 and " + MAX_PAGE_SIZE + ".";

    private final LogSearch search;
    private final LogTail tail;

    LogController(LogSearch search, LogTail tail) {
        this.search = search;
        this.tail = tail;
    }

    @GetMapping
    @Operation(summary = "Search requests, application log lines and LLM calls, newest first",
            description = "Filters: time range [from, to), lowest level, kind (request|event|llm), path prefix, "
                    + "status, userId, requestId (also brings identity-service's lines of that request), model, "
                    + "latency range, q (text in messages and errors). A filter a kind of line cannot meet leaves "
                    + "that kind out.")
    LogPage search(@Valid @ParameterObject LogFilterParams filter, @Valid @ParameterObject LogSearchParams ranges,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = SIZE) @Max(value = MAX_PAGE_SIZE, message = SIZE)
            int size) {
        if (page < 0 || (long) (page + 1) * size > LogSearch.MAX_DEPTH) {
            throw badParameter("page", "page must be 0 or more and (page + 1) * size at most " + LogSearch.MAX_DEPTH
                    + "; narrow the time range instead.");
        }
        return search.search(LogQuery.of(filter, ranges), page, size);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live tail over SSE: new requests and log lines of this instance as events named log",
            description = "The filters of GET /api/admin/logs except the time range and paging. Each event's data "
                    + "is one line as JSON. Send the token in the Authorization header (read the stream with fetch).")
    SseEmitter stream(@Valid @ParameterObject LogFilterParams filter) {
        return tail.subscribe(LogQuery.of(filter, LogSearchParams.NONE), STREAM_TIMEOUT);
    }
}
