package com.careergpt.service.llm.routing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.careergpt.common.jdbc.TimeColumns;

/**
 * Routes admins set at run time, in table {@code llm_routes} (one row per route entry). Reads come from a
 * snapshot that is replaced after every change here and re-read every {@code refresh}, so that a change made on
 * another instance applies too.
 */
class RouteStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, RouteRule> rules, long readAtMillis) {
    }

    RouteStore(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, Duration refresh) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.refresh = refresh;
    }

    static String key(String task, String tier) {
        return task + "/" + tier;
    }

    RouteRule find(String task, String tier) {
        return current().get(key(task, tier));
    }

    List<RouteRule> all() {
        return List.copyOf(current().values());
    }

    void put(RouteRule rule, String updatedBy) {
        Timestamp now = TimeColumns.bind(clock.instant());
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM llm_routes WHERE task = ? AND tier = ?", rule.task(), rule.tier());
            for (int position = 0; position < rule.route().size(); position++) {
                RouteEntry entry = rule.route().get(position);
                jdbc.update("""
                        INSERT INTO llm_routes (task, tier, position, provider, model, timeout_ms, updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, rule.task(), rule.tier(), position, entry.provider(), entry.model(), entry.timeoutMs(),
                        now, updatedBy);
            }
        });
        snapshot = null;
    }

    boolean delete(String task, String tier) {
        int removed = jdbc.update("DELETE FROM llm_routes WHERE task = ? AND tier = ?", task, tier);
        snapshot = null;
        return removed > 0;
    }

    private Map<String, RouteRule> current() {
        Snapshot known = snapshot;
        long now = clock.millis();
        if (known == null || now - known.readAtMillis() >= refresh.toMillis()) {
            known = new Snapshot(read(), now);
            snapshot = known;
        }
        return known.rules();
    }

    private Map<String, RouteRule> read() {
        Map<String, List<RouteEntry>> entries = new LinkedHashMap<>();
        jdbc.query("SELECT task, tier, provider, model, timeout_ms FROM llm_routes ORDER BY task, tier, position",
                row -> {
                    long timeoutMs = row.getLong("timeout_ms");
                    Long timeout = row.wasNull() ? null : timeoutMs;
                    entries.computeIfAbsent(key(row.getString("task"), row.getString("tier")), k -> new ArrayList<>())
                            .add(new RouteEntry(row.getString("provider"), row.getString("model"), timeout));
                });
        Map<String, RouteRule> rules = new LinkedHashMap<>();
        entries.forEach((key, route) -> {
            int slash = key.indexOf('/');
            rules.put(key, new RouteRule(key.substring(0, slash), key.substring(slash + 1), route));
        });
        return Collections.unmodifiableMap(rules);
    }
}
