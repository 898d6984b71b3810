package com.careergpt.service.llm.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.UserTier;

/**
 * Picks the route of a call. Database rules win over configured ones; within each, the most specific rule wins:
 * task and tier, then task for any tier, then tier for any task, then any/any. Without any rule, the default route.
 */
public class RouteResolver {

    private final RouteStore store;
    private final Map<String, RouteRule> configured;
    private final List<RouteEntry> defaultRoute;

    RouteResolver(RouteStore store, LlmRouterProperties properties) {
        this.store = store;
        this.defaultRoute = List.copyOf(RouteSpec.parse(properties.defaultRoute()));
        if (defaultRoute.isEmpty()) {
            throw new IllegalStateException("careergpt.llm.router.default-route names no provider");
        }
        Map<String, RouteRule> rules = new LinkedHashMap<>();
        for (LlmRouterProperties.Rule rule : properties.rules()) {
            RouteRule parsed = new RouteRule(rule.task(), rule.tier(), RouteSpec.parse(rule.route()));
            if (!RouteRule.ANY.equals(parsed.task()) && LlmTask.fromJson(parsed.task()).isEmpty()) {
                throw new IllegalStateException("careergpt.llm.router.rules names an unknown task: " + rule.task());
            }
            if (!RouteRule.ANY.equals(parsed.tier()) && UserTier.fromJson(parsed.tier()).isEmpty()) {
                throw new IllegalStateException("careergpt.llm.router.rules names an unknown tier: " + rule.tier());
            }
            if (parsed.route().isEmpty()) {
                throw new IllegalStateException("careergpt.llm.router.rules has an empty route for " + rule.task()
                        + "/" + rule.tier());
            }
            rules.put(RouteStore.key(parsed.task(), parsed.tier()), parsed);
        }
        this.configured = rules;
    }

    public ResolvedRoute resolve(LlmTask task, UserTier tier) {
        List<String[]> keys = List.of(new String[] {task.json(), tier.json()}, new String[] {task.json(), RouteRule.ANY},
                new String[] {RouteRule.ANY, tier.json()}, new String[] {RouteRule.ANY, RouteRule.ANY});
        for (String[] key : keys) {
            RouteRule rule = store.find(key[0], key[1]);
            if (rule != null) {
                return new ResolvedRoute(rule.route(), "database " + key[0] + "/" + key[1]);
            }
        }
        for (String[] key : keys) {
            RouteRule rule = configured.get(RouteStore.key(key[0], key[1]));
            if (rule != null) {
                return new ResolvedRoute(rule.route(), "config " + key[0] + "/" + key[1]);
            }
        }
        return new ResolvedRoute(defaultRoute, "default");
    }

    public List<RouteEntry> defaultRoute() {
        return defaultRoute;
    }

    public List<RouteRule> configuredRules() {
        return new ArrayList<>(configured.values());
    }

    public List<RouteRule> databaseRules() {
        return store.all();
    }
}
