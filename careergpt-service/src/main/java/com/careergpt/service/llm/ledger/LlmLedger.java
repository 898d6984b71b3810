package com.careergpt.service.llm.ledger;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.JdbcTemplate;

import com.careergpt.common.jdbc.TimeColumns;

/**
 * The spend ledger (table {@code llm_calls}): one row per provider call, repair call and cache hit, each written
 * by one INSERT, so a row is stored whole or not at all. Prompt and answer texts are kept only when
 * {@code storeBodies} is on; the raw text of an answer that failed validation is always kept with its error.
 * Every row also counts in Micrometer: timer {@code careergpt.llm.calls} (with a latency histogram), counters
 * {@code careergpt.llm.tokens}, {@code careergpt.llm.cost} and {@code careergpt.llm.cache.hits}.
 */
public class LlmLedger {

    static final int MAX_TEXT = 20_000;
    private static final String INSERT = """
            INSERT INTO llm_calls (request_id, user_id, task, kind, provider, model, prompt_version, prompt_tokens,
                completion_tokens, started_at, ended_at, latency_ms, day, estimated_cost_usd, cache_hit, outcome,
                error_type, error_message, raw_output, prompt_body, answer_body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final boolean storeBodies;

    public LlmLedger(JdbcTemplate jdbc, MeterRegistry meters, boolean storeBodies) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.storeBodies = storeBodies;
    }

    public boolean storesBodies() {
        return storeBodies;
    }

    public void record(LedgerEntry entry) {
        jdbc.update(INSERT, entry.requestId(), entry.userId(), entry.task(), entry.kind(), entry.provider(),
                entry.model(), entry.promptVersion(), entry.usage().promptTokens(), entry.usage().completionTokens(),
                TimeColumns.bind(entry.startedAt()), TimeColumns.bind(entry.endedAt()), entry.latencyMs(),
                LocalDate.ofInstant(entry.startedAt(), ZoneOffset.UTC).toString(), entry.estimatedCostUsd(),
                entry.cacheHit() ? 1 : 0, entry.outcome().json(), entry.errorType(), truncated(entry.errorMessage()),
                truncated(entry.rawOutput()), storeBodies ? truncated(entry.promptBody()) : null,
                storeBodies ? truncated(entry.answerBody()) : null);
        count(entry);
    }

    /** Totals per user, model or day of the rows started from {@code from} to {@code to} (UTC days, inclusive). */
    public List<SpendRow> spend(LocalDate from, LocalDate to, SpendGrouping grouping) {
        String sql = "SELECT " + grouping.expression() + " AS k, COUNT(*) AS calls, SUM(cache_hit) AS hits, "
                + "SUM(CASE WHEN outcome = 'ok' THEN 0 ELSE 1 END) AS failures, SUM(prompt_tokens) AS prompt_tokens, "
                + "SUM(completion_tokens) AS completion_tokens, SUM(estimated_cost_usd) AS cost, "
                + "AVG(latency_ms) AS latency FROM llm_calls WHERE day >= ? AND day <= ? GROUP BY "
                + grouping.expression() + " ORDER BY k";
        return jdbc.query(sql, (row, n) -> new SpendRow(row.getString("k"), row.getLong("calls"), row.getLong("hits"),
                row.getLong("failures"), row.getLong("prompt_tokens"), row.getLong("completion_tokens"),
                row.getDouble("cost"), row.getDouble("latency")), from.toString(), to.toString());
    }

    private void count(LedgerEntry entry) {
        String model = entry.model() == null ? "default" : entry.model();
        Timer.builder("careergpt.llm.calls")
                .description("LLM router calls per provider, model, task and outcome (cache hits included, kind=cache)")
                .tags("provider", entry.provider(), "model", model, "task", entry.task(), "outcome",
                        entry.outcome().json(), "kind", entry.kind())
                .publishPercentileHistogram()
                .register(meters)
                .record(Duration.ofMillis(entry.latencyMs()));
        if (entry.cacheHit()) {
            Counter.builder("careergpt.llm.cache.hits").description("LLM answers served from the answer cache")
                    .tag("task", entry.task()).register(meters).increment();
        }
        if (entry.usage().promptTokens() > 0) {
            Counter.builder("careergpt.llm.tokens").tags("provider", entry.provider(), "model", model, "type", "prompt")
                    .register(meters).increment(entry.usage().promptTokens());
        }
        if (entry.usage().completionTokens() > 0) {
            Counter.builder("careergpt.llm.tokens").tags("provider", entry.provider(), "model", model, "type", "completion")
                    .register(meters).increment(entry.usage().completionTokens());
        }
        if (entry.estimatedCostUsd() > 0) {
            Counter.builder("careergpt.llm.cost").baseUnit("usd")
                    .description("Estimated LLM spend in US dollars, from the configured prices")
                    .tags("provider", entry.provider(), "model", model)
                    .register(meters).increment(entry.estimatedCostUsd());
        }
    }

    private static String truncated(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
