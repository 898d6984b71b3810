package com.careergpt.service.usage;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.careergpt.common.jdbc.TimeColumns;
import com.careergpt.service.gateway.IdentityReports;
import com.careergpt.service.gateway.IdentityUnavailableException;
import com.careergpt.service.usage.UsageReport.ActionCount;
import com.careergpt.service.usage.UsageReport.Conversion;
import com.careergpt.service.usage.UsageReport.FunnelDay;
import com.careergpt.service.usage.UsageReport.LlmUsage;

/**
 * Builds the admin usage report: the funnel from identity-service (it owns the users), actions from the request
 * log, LLM calls from the spend ledger. A part that cannot be had is left out with a note, never the whole report.
 */
@Service
class UsageService {

    private final JdbcTemplate jdbc;
    private final IdentityReports identity;

    UsageService(JdbcTemplate jdbc, IdentityReports identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    UsageReport report(LocalDate from, LocalDate to) {
        List<String> notes = new ArrayList<>();
        List<FunnelDay> funnel = null;
        Conversion conversion = null;
        try {
            List<IdentityReports.FunnelDay> days = identity.funnel(from, to);
            funnel = days.stream().map(day -> new FunnelDay(day.day(), day.guests(), day.emailCollected(),
                    day.verified(), day.members(), Ratios.of(day.emailCollected(), day.guests()),
                    Ratios.of(day.verified(), day.emailCollected()), Ratios.of(day.members(), day.verified())))
                    .toList();
            conversion = conversion(days);
        } catch (IdentityUnavailableException unavailable) {
            notes.add("The funnel is missing: identity-service could not be asked (" + unavailable.getMessage() + ").");
        }
        return new UsageReport(from, to, funnel, conversion, actions(from, to), llm(from, to), notes);
    }

    private static Conversion conversion(List<IdentityReports.FunnelDay> days) {
        long guests = days.stream().mapToLong(IdentityReports.FunnelDay::guests).sum();
        long emails = days.stream().mapToLong(IdentityReports.FunnelDay::emailCollected).sum();
        long verified = days.stream().mapToLong(IdentityReports.FunnelDay::verified).sum();
        long members = days.stream().mapToLong(IdentityReports.FunnelDay::members).sum();
        return new Conversion(guests, emails, verified, members, Ratios.of(emails, guests), Ratios.of(verified, emails),
                Ratios.of(members, verified));
    }

    private List<ActionCount> actions(LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Long>> counts = new TreeMap<>();
        jdbc.query("SELECT logged_at, user_state FROM request_log WHERE action = ? AND logged_at >= ? AND logged_at < ?",
                rs -> {
                    LocalDate day = LocalDate.ofInstant(TimeColumns.read(rs, "logged_at"), ZoneOffset.UTC);
                    String state = rs.getString("user_state") == null ? "unknown" : rs.getString("user_state");
                    counts.computeIfAbsent(day, d -> new TreeMap<>()).merge(state, 1L, Long::sum);
                },
                true, Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        List<ActionCount> actions = new ArrayList<>();
        counts.forEach((day, byState) -> byState.forEach((state, count) -> actions.add(new ActionCount(day, state, count))));
        return actions;
    }

    private List<LlmUsage> llm(LocalDate from, LocalDate to) {
        Map<String, LlmTally> tallies = new LinkedHashMap<>();
        jdbc.query("SELECT provider, model, task, cache_hit, outcome, latency_ms, prompt_tokens, completion_tokens, "
                + "estimated_cost_usd FROM llm_calls WHERE day >= ? AND day <= ?", rs -> {
                    String provider = rs.getString("provider");
                    String model = rs.getString("model");
                    String task = rs.getString("task");
                    tallies.computeIfAbsent(provider + "\u0000" + model + "\u0000" + task,
                            key -> new LlmTally(provider, model, task))
                            .add(rs.getInt("cache_hit") != 0, !"ok".equals(rs.getString("outcome")),
                                    rs.getLong("latency_ms"), rs.getLong("prompt_tokens"),
                                    rs.getLong("completion_tokens"), rs.getDouble("estimated_cost_usd"));
                }, from.toString(), to.toString());
        return tallies.values().stream().map(LlmTally::usage)
                .sorted(Comparator.comparingDouble(LlmUsage::costUsd).reversed()
                        .thenComparing(Comparator.comparingLong(LlmUsage::calls).reversed()))
                .toList();
    }

    /** Running totals of one provider, model and task. */
    private static final class LlmTally {

        private final String provider;
        private final String model;
        private final String task;
        private long calls;
        private long cacheHits;
        private long failures;
        private long promptTokens;
        private long completionTokens;
        private double cost;
        private long[] latencies = new long[16];

        LlmTally(String provider, String model, String task) {
            this.provider = provider;
            this.model = model;
            this.task = task;
        }

        void add(boolean cacheHit, boolean failed, long latencyMs, long prompt, long completion, double costUsd) {
            promptTokens += prompt;
            completionTokens += completion;
            cost += costUsd;
            if (cacheHit) {
                cacheHits++;
                return;
            }
            if (calls == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[(int) calls++] = latencyMs;
            failures += failed ? 1 : 0;
        }

        LlmUsage usage() {
            return new LlmUsage(provider, model, task, calls, cacheHits, promptTokens, completionTokens, cost,
                    NearestRankPercentiles.of(latencies, (int) calls, 50),
                    NearestRankPercentiles.of(latencies, (int) calls, 95),
                    calls == 0 ? 0 : Ratios.rounded((double) failures / calls));
        }
    }
}
