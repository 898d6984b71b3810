package com.careergpt.service.errors;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
    private static final String LIMIT = "limit must be between 1 and " + MAX_LIMIT + ".";

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
            @RequestParam(defaultValue = "100") @Min(value = 1, message = LIMIT) @Max(value = MAX_LIMIT, message = LIMIT)
            int limit) {
        Instant end = to == null ? clock.instant().plusSeconds(1) : to;
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : from;
        if (!start.isBefore(end)) {
            throw badParameter("to", "to must be after from.");
        }
        return new ErrorGroups(reports.groups(start, end, limit));
    }
}
