package com.careergpt.service.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.careergpt.common.jdbc.TimeColumns;
import com.careergpt.service.gateway.IdentityReports;

/** The rules, measured now: provider error rates and user spend from the LLM ledger, guest creations. */
@Component
class AlertRules {

    static final String PROVIDER_ERROR_RATE = "provider-error-rate";
    static final String USER_SPEND = "user-spend";
    static final String GUEST_SPIKE = "guest-spike";
    static final String ALL_GUESTS = "all guests";

    private final JdbcTemplate jdbc;
    private final IdentityReports identity;
    private final AlertProperties properties;

    AlertRules(JdbcTemplate jdbc, IdentityReports identity, AlertProperties properties) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.properties = properties;
    }

    /** One condition per provider with enough calls in the window (cache hits are not calls). */
    List<AlertCondition> providerErrorRates(Instant now) {
        List<AlertCondition> conditions = new ArrayList<>();
        jdbc.query("SELECT provider, COUNT(*) AS calls, SUM(CASE WHEN outcome = 'ok' THEN 0 ELSE 1 END) AS failures "
                + "FROM llm_calls WHERE started_at >= ? AND cache_hit = 0 GROUP BY provider", rs -> {
                    long calls = rs.getLong("calls");
                    if (calls >= properties.providerMinCalls()) {
                        double rate = (double) rs.getLong("failures") / calls;
                        conditions.add(new AlertCondition(PROVIDER_ERROR_RATE, rs.getString("provider"), rate,
                                properties.providerErrorRate(), String.format(Locale.ROOT,
                                        "%s failed %d of %d calls (%.0f%%) in the last %s", rs.getString("provider"),
                                        rs.getLong("failures"), calls, rate * 100, properties.providerWindow())));
                    }
                }, TimeColumns.bind(now.minus(properties.providerWindow())));
        return conditions;
    }

    /** One condition per user with any spend in the window. */
    List<AlertCondition> userSpend(Instant now) {
        List<AlertCondition> conditions = new ArrayList<>();
        jdbc.query("SELECT user_id, SUM(estimated_cost_usd) AS spend FROM llm_calls WHERE started_at >= ? "
                + "AND user_id IS NOT NULL GROUP BY user_id HAVING SUM(estimated_cost_usd) > 0", rs -> {
                    double spend = rs.getDouble("spend");
                    conditions.add(new AlertCondition(USER_SPEND, rs.getString("user_id"), spend,
                            properties.userSpendUsd(), String.format(Locale.ROOT,
                                    "user %s spent $%.4f on LLM calls in the last %s", rs.getString("user_id"), spend,
                                    properties.userSpendWindow())));
                }, TimeColumns.bind(now.minus(properties.userSpendWindow())));
        return conditions;
    }

    AlertCondition guestCreations(Instant now) {
        long created = identity.guestsCreatedSince(now.minus(properties.guestWindow()));
        return new AlertCondition(GUEST_SPIKE, ALL_GUESTS, created, properties.guestCreations(),
                created + " guests were created in the last " + properties.guestWindow());
    }
}
