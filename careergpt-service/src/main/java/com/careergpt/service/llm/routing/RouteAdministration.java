package com.careergpt.service.llm.routing;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.validation.annotation.Validated;

import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.UserTier;

/** Admins' edits of the database routes: checked before they are stored, applied to the next call. */
@Validated
public class RouteAdministration {

    static final int MAX_ENTRIES = 10;
    static final long MIN_TIMEOUT_MS = 100;
    static final long MAX_TIMEOUT_MS = 600_000;

    private final RouteStore store;
    private final RouteResolver resolver;
    private final ProviderRegistry providers;

    RouteAdministration(RouteStore store, RouteResolver resolver, ProviderRegistry providers) {
        this.store = store;
        this.resolver = resolver;
        this.providers = providers;
    }

    /** Every task and tier with the route it takes now and why. */
    public List<EffectiveRoute> effectiveRoutes() {
        List<EffectiveRoute> routes = new ArrayList<>();
        for (LlmTask task : LlmTask.values()) {
            for (UserTier tier : UserTier.values()) {
                ResolvedRoute route = resolver.resolve(task, tier);
                routes.add(new EffectiveRoute(task.json(), tier.json(), route.entries(), route.source()));
            }
        }
        return routes;
    }

    /** The route of one task and tier, as it is now. */
    public record EffectiveRoute(String task, String tier, List<RouteEntry> route, String source) {
    }

    /** Stores a rule that {@link RouteRule}'s constraints accept, normalized; else a 400 naming the field at fault. */
    public RouteRule put(@Valid RouteRule rule, String updatedBy) {
        List<RouteEntry> entries = rule.route().stream().map(entry -> new RouteEntry(entry.provider().strip(),
                entry.model() == null || entry.model().isBlank() ? null : entry.model().strip(), entry.timeoutMs()))
                .toList();
        RouteRule normalized = new RouteRule(canonicalTask(rule.task()), canonicalTier(rule.tier()), entries);
        store.put(normalized, updatedBy);
        return normalized;
    }

    public boolean delete(String task, String tier) {
        RouteRule key = new RouteRule(task, tier, List.of());
        return store.delete(canonicalTask(key.task()), canonicalTier(key.tier()));
    }

    private static String canonicalTask(String task) {
        return RouteRule.ANY.equals(task) ? task : LlmTask.fromJson(task).map(LlmTask::json).orElse(task);
    }

    private static String canonicalTier(String tier) {
        return RouteRule.ANY.equals(tier) ? tier : UserTier.fromJson(tier).map(UserTier::json).orElse(tier);
    }
}
