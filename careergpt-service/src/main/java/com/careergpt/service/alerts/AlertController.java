package com.careergpt.service.alerts;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
class AlertController {

    static final int MAX_LIMIT = 500;
    private static final Set<String> STATUSES = Set.of("open", "resolved", "all");

    private final IncidentStore incidents;

    AlertController(IncidentStore incidents) {
        this.incidents = incidents;
    }

    record Incidents(List<Incident> items) {
    }

    @GetMapping("/api/admin/alerts")
    @Operation(summary = "Alert incidents, newest first: provider error rate, user spend, guest-creation spikes")
    Incidents alerts(@RequestParam(defaultValue = "all") String status, @RequestParam(defaultValue = "100") int limit) {
        if (!STATUSES.contains(status)) {
            throw badParameter("status", "status must be open, resolved or all.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return new Incidents(incidents.list(status, limit));
    }
}
