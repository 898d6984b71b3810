package com.careergpt.service.llm.routing;

import java.util.List;

import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWhenInvalid;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The route of one task and tier; {@code *} stands for any task or any tier. */
@RoutableRule
@ProblemWhenInvalid(ProblemType.INVALID_ROUTE)
public record RouteRule(
        @Schema(description = "Task name (e.g. job_summary) or * for any task", example = "cover_letter") String task,
        @Schema(description = "guest, verified, member, or * for any tier", example = "member") String tier,
        @Schema(description = "Providers to try, in order")
        @Size(min = 1, max = RouteAdministration.MAX_ENTRIES,
                message = "A route has 1 to " + RouteAdministration.MAX_ENTRIES + " entries.")
        List<@Valid RouteEntry> route) {

    public static final String ANY = "*";

    public RouteRule {
        task = task == null || task.isBlank() ? ANY : task.strip();
        tier = tier == null || tier.isBlank() ? ANY : tier.strip();
        route = route == null ? List.of() : List.copyOf(route);
    }
}
