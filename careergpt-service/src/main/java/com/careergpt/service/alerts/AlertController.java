package com.careergpt.service.alerts;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

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
    private static final String LIMIT = "limit must be between 1 and " + MAX_LIMIT + ".";

    private final IncidentStore incidents;

    AlertController(IncidentStore incidents) {
        this.incidents = incidents;
    }

    record Incidents(List<Incident> items) {
    }

    @GetMapping("/api/admin/alerts")
    @Operation(summary = "Alert incidents, newest first: provider error rate, user spend, guest-creation spikes")
    Incidents alerts(@RequestParam(defaultValue = "all")
            @Pattern(regexp = "open|resolved|all", message = "status must be open, resolved or all.") String status,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = LIMIT) @Max(value = MAX_LIMIT, message = LIMIT)
            int limit) {
        return new Incidents(incidents.list(status, limit));
    }
}
