package com.careergpt.service.llm.routing;

import java.util.ArrayList;
import java.util.List;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.UserTier;

/** Admins' edits of the database routes: checked before they are stored, applied to the next call. */
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

    /** @throws ProblemException 400 naming the field at fault */
    public RouteRule put(RouteRule rule, String updatedBy) {
        if (!RouteRule.ANY.equals(rule.task()) && LlmTask.fromJson(rule.task()).isEmpty()) {
            throw invalid("task", "Unknown task '" + rule.task() + "'; use one of " + taskNames() + " or *.");
        }
        if (!RouteRule.ANY.equals(rule.tier()) && UserTier.fromJson(rule.tier()).isEmpty()) {
            throw invalid("tier", "Unknown tier '" + rule.tier() + "'; use guest, verified, member or *.");
        }
        if (rule.route().isEmpty() || rule.route().size() > MAX_ENTRIES) {
            throw invalid("route", "A route has 1 to " + MAX_ENTRIES + " entries.");
        }
        List<RouteEntry> entries = new ArrayList<>();
        for (int i = 0; i < rule.route().size(); i++) {
            RouteEntry entry = rule.route().get(i);
            if (entry == null || entry.provider() == null || !providers.names().contains(entry.provider().strip())) {
                throw invalid("route[" + i + "].provider", "Unknown provider '" + (entry == null ? null : entry.provider())
                        + "'; installed: " + providers.names() + ".");
            }
            if (entry.timeoutMs() != null && (entry.timeoutMs() < MIN_TIMEOUT_MS || entry.timeoutMs() > MAX_TIMEOUT_MS)) {
                throw invalid("route[" + i + "].timeoutMs", "A timeout is " + MIN_TIMEOUT_MS + " to " + MAX_TIMEOUT_MS
                        + " ms.");
            }
            String model = entry.model() == null || entry.model().isBlank() ? null : entry.model().strip();
            if (model != null && model.length() > 200) {
                throw invalid("route[" + i + "].model", "A model name has at most 200 characters.");
            }
            entries.add(new RouteEntry(entry.provider().strip(), model, entry.timeoutMs()));
        }
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

    private static List<String> taskNames() {
        return List.of(LlmTask.values()).stream().map(LlmTask::json).toList();
    }

    private static ProblemException invalid(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_ROUTE, detail).with("field", field);
    }
}
