package com.careergpt.service.llm.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.llm.ledger.LlmLedger;
import com.careergpt.service.llm.ledger.SpendGrouping;
import com.careergpt.service.llm.ledger.SpendRow;
import com.careergpt.service.llm.routing.RouteAdministration;
import com.careergpt.service.llm.routing.RouteAdministration.EffectiveRoute;
import com.careergpt.service.llm.routing.RouteEntry;
import com.careergpt.service.llm.routing.RouteResolver;
import com.careergpt.service.llm.routing.RouteRule;
import com.careergpt.service.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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

    static final int MAX_SPEND_DAYS = 366;

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
    List<SpendRow> spend(@Parameter(description = "First day, YYYY-MM-DD; default 29 days before to")
            @RequestParam(required = false) String from,
            @Parameter(description = "Last day, YYYY-MM-DD; default today") @RequestParam(required = false) String to,
            @Parameter(description = "user, model or day") @RequestParam(defaultValue = "day") String groupBy) {
        SpendGrouping grouping = SpendGrouping.fromJson(groupBy).orElseThrow(
                () -> invalid("groupBy", "groupBy is user, model or day."));
        LocalDate last = to == null ? LocalDate.now(ZoneOffset.UTC) : day("to", to);
        LocalDate first = from == null ? last.minusDays(29) : day("from", from);
        if (first.isAfter(last)) {
            throw invalid("from", "from is after to.");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_SPEND_DAYS) {
            throw invalid("from", "A report spans at most " + MAX_SPEND_DAYS + " days.");
        }
        return ledger.spend(first, last, grouping);
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw invalid(field, field + " is a date as YYYY-MM-DD.");
        }
    }

    private static ProblemException invalid(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_REQUEST, detail)
                .with("field", field);
    }
}
