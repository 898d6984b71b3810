package com.careergpt.service.llm.api;

import java.util.List;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.llm.ledger.LlmLedger;
import com.careergpt.service.llm.ledger.SpendRow;
import com.careergpt.service.llm.routing.RouteAdministration;
import com.careergpt.service.llm.routing.RouteAdministration.EffectiveRoute;
import com.careergpt.service.llm.routing.RouteEntry;
import com.careergpt.service.llm.routing.RouteResolver;
import com.careergpt.service.llm.routing.RouteRule;
import com.careergpt.service.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin-only (every {@code /api/admin/**} path is): routing rules and the spend roll-up. */
@RestController
@Tag(name = "LLM administration")
class LlmAdminController {

    private final RouteAdministration administration;
    private final RouteResolver resolver;
    private final LlmLedger ledger;

    LlmAdminController(RouteAdministration administration, RouteResolver resolver, LlmLedger ledger) {
        this.administration = administration;
        this.resolver = resolver;
        this.ledger = ledger;
    }

    /** Routing as it stands: defaults, configured rules, database rules, and the route each task and tier takes. */
    record RoutesView(List<RouteEntry> defaultRoute, List<RouteRule> configuredRules, List<RouteRule> databaseRules,
            List<EffectiveRoute> effective) {
    }

    @GetMapping("/api/admin/llm/routes")
    @Operation(summary = "Routing rules: configured, stored, and the route each task and tier takes now")
    RoutesView routes() {
        return new RoutesView(resolver.defaultRoute(), resolver.configuredRules(), resolver.databaseRules(),
                administration.effectiveRoutes());
    }

    @PutMapping("/api/admin/llm/routes")
    @Operation(summary = "Set the route of a task and tier (* for any); applies to the next call, overrides "
            + "configuration")
    RouteRule putRoute(@RequestBody RouteRule rule, Caller caller) {
        return administration.put(rule, caller.userId());
    }

    @DeleteMapping("/api/admin/llm/routes")
    @Operation(summary = "Remove a stored route; the configured rules apply again")
    ResponseEntity<Void> deleteRoute(@RequestParam(defaultValue = RouteRule.ANY) String task,
            @RequestParam(defaultValue = RouteRule.ANY) String tier) {
        if (!administration.delete(task, tier)) {
            throw new ProblemException(ProblemType.ROUTE_NOT_FOUND, "No stored route for task '" + task + "' and tier '" + tier + "'.");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/admin/llm/spend")
    @Operation(summary = "LLM calls, tokens and estimated cost per user, model or day (UTC days, inclusive)")
    List<SpendRow> spend(@ParameterObject @Valid SpendQuery query) {
        return ledger.spend(query.first(), query.last(), query.grouping());
    }
}
