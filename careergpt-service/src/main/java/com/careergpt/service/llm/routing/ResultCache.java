package com.careergpt.service.llm.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.TokenUsage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import com.careergpt.common.jdbc.TimeColumns;

/**
 * Answers of earlier identical calls (same task, prompt version, provider and model, and inputs), in table
 * {@code llm_cache}, for {@code ttl}. Only answers that passed validation are stored.
 */
class ResultCache {

    /** Expired rows are swept every this many writes, so the table stays near its live size without a scheduler. */
    private static final int PURGE_EVERY = 500;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration ttl;
    private final AtomicLong stores = new AtomicLong();

    ResultCache(JdbcTemplate jdbc, JsonMapper json, Clock clock, Duration ttl) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.ttl = ttl;
    }

    boolean enabled() {
        return !ttl.isZero() && !ttl.isNegative();
    }

    static String key(LlmTask task, String promptVersion, RouteEntry entry, String inputHash) {
        return InputHash.of(task.json(), promptVersion, entry.provider(), entry.model(), inputHash);
    }

    /** The stored answer as a result of this call (not yet marked cached), if one is fresh. */
    Optional<LlmResult> find(String key, LlmTask task) {
        if (!enabled()) {
            return Optional.empty();
        }
        List<LlmResult> found = jdbc.query("""
                SELECT provider, model, prompt_version, output FROM llm_cache WHERE cache_key = ? AND expires_at > ?
                """, (row, n) -> new LlmResult(task, row.getString("provider"), row.getString("model"),
                row.getString("prompt_version"), TokenUsage.NONE, 0, 0, false, readOutput(row.getString("output"))),
                key, TimeColumns.bind(clock.instant()));
        return found.stream().findFirst();
    }

    void store(String key, LlmResult result) {
        if (!enabled()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO llm_cache (cache_key, task, prompt_version, provider, model, output, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (cache_key) DO UPDATE SET provider = excluded.provider, model = excluded.model,
                    output = excluded.output, created_at = excluded.created_at, expires_at = excluded.expires_at
                """, key, result.task().json(), result.promptVersion(), result.provider(), result.model(),
                json.writeValueAsString(result.output()), TimeColumns.bind(now), TimeColumns.bind(now.plus(ttl)));
        if (stores.incrementAndGet() % PURGE_EVERY == 0) {
            purgeExpired();
        }
    }

    /** Removes expired answers; returns how many. */
    int purgeExpired() {
        return jdbc.update("DELETE FROM llm_cache WHERE expires_at <= ?", TimeColumns.bind(clock.instant()));
    }

    private JsonNode readOutput(String stored) {
        return json.readTree(stored);
    }
}
