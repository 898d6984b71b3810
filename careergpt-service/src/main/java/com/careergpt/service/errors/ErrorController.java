package com.careergpt.service.errors;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
class ErrorController {

    static final int MAX_LIMIT = 500;

    private final ErrorReports reports;
    private final Clock clock;

    ErrorController(ErrorReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    record ErrorGroups(List<ErrorGroup> items) {
    }

    @GetMapping("/api/admin/errors")
    @Operation(summary = "Server errors grouped by fingerprint, most recently seen first (default: the last 7 days)")
    ErrorGroups errors(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "100") int limit) {
        Instant end = to == null ? clock.instant().plusSeconds(1) : to;
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : from;
        if (!start.isBefore(end)) {
            throw badParameter("to", "to must be after from.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return new ErrorGroups(reports.groups(start, end, limit));
    }
}
