package com.careergpt.service.usage;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
class UsageController {

    static final int MAX_DAYS = 366;

    private final UsageService usage;
    private final Clock clock;

    UsageController(UsageService usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    @GetMapping("/api/admin/usage")
    @Operation(summary = "Funnel guest -> email_collected -> verified -> member, actions per day and user state, "
            + "LLM calls by provider/model/task (UTC days, both ends included; default: the last 30 days)")
    UsageReport usage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (end.isBefore(start)) {
            throw badParameter("to", "to must not be before from.");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw badParameter("from", "The range may span at most " + MAX_DAYS + " days.");
        }
        return usage.report(start, end);
    }
}
