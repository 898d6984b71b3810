package com.careergpt.service.llm.api;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWhenInvalid;
import com.careergpt.service.llm.ledger.SpendGrouping;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/** The query of {@code GET /api/admin/llm/spend}: UTC days, inclusive, of at most {@link SpendRange#MAX_DAYS}. */
@SpendRange
@ProblemWhenInvalid(ProblemType.INVALID_REQUEST)
record SpendQuery(
        @Parameter(description = "First day, YYYY-MM-DD; default 29 days before to")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Parameter(description = "Last day, YYYY-MM-DD; default today")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Parameter(description = "user, model or day (default)")
        @Pattern(regexp = "(?i)\\s*(user|model|day)\\s*", message = "groupBy is user, model or day.") String groupBy) {

    LocalDate last() {
        return to == null ? LocalDate.now(ZoneOffset.UTC) : to;
    }

    LocalDate first() {
        return from == null ? last().minusDays(29) : from;
    }

    SpendGrouping grouping() {
        return groupBy == null ? SpendGrouping.DAY : SpendGrouping.fromJson(groupBy).orElseThrow();
    }
}
