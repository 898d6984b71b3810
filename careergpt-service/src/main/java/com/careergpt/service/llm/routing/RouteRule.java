package com.careergpt.service.llm.routing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The route of one task and tier; {@code *} stands for any task or any tier. */
public record RouteRule(
        @Schema(description = "Task name (e.g. job_summary) or * for any task", example = "cover_letter") String task,
        @Schema(description = "guest, verified, member, or * for any tier", example = "member") String tier,
        @Schema(description = "Providers to try, in order") List<RouteEntry> route) {

    public static final String ANY = "*";

    public RouteRule {
        task = task == null || task.isBlank() ? ANY : task.strip();
        tier = tier == null || tier.isBlank() ? ANY : tier.strip();
        route = route == null ? List.of() : List.copyOf(route);
    }
}
