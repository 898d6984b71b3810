package com.careergpt.service.analytics.market;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The query parameters of the market endpoints, bound from the request (a value of the wrong type is a 400 problem
 * naming it); {@link MarketFilter#of} checks how they fit together.
 */
record MarketFilterParams(
        @Parameter(description = "First day counted (yyyy-MM-dd), on date posted, else first seen")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Parameter(description = "Last day counted (yyyy-MM-dd), inclusive")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Parameter(description = "Words the title or description holds, each as a whole word (ignoring case)")
        String q,
        @Parameter(description = "City contains this, or region or country (ISO code) is this") String location,
        @Parameter(description = "remote, hybrid or onsite") String remote,
        @Parameter(description = "Post lists this skill (name or alias)") String skill,
        @Parameter(description = "Rising skills: first day of the period compared with [from, to] "
                + "(default: the first half of [from, to] is compared with the second)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate compareFrom,
        @Parameter(description = "Rising skills: last day of the compared period, inclusive")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate compareTo,
        @Parameter(description = "Entries per list (1-100, default 20)") Integer limit) {

    MarketFilter toFilter() {
        return MarketFilter.of(from, to, q, location, remote, skill, compareFrom, compareTo, limit);
    }
}
