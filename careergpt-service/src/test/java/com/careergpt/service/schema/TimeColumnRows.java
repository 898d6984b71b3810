package com.careergpt.service.schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.careergpt.common.jdbc.TimeColumns;

/**
 * A table whose times were epoch-millisecond BIGINTs up to V12: the column that keys its test rows, its time columns
 * and the insert that writes a row (the key, then each time column in order). Before V13 the times are bound as epoch
 * milliseconds, after it as the service binds them now ({@link TimeColumns#bind}).
 */
record TimeColumnRows(String table, String key, List<String> times, String insert) {

    /** 2026-12-03T06:59:06.448Z: the rows' times are this plus a day and a few milliseconds per column and row. */
    private static final long BASE = 1_796_281_146_448L;

    /** Every converted table with its time columns. */
    static final List<TimeColumnRows> ALL = List.of(
            new TimeColumnRows("llm_calls", "request_id", List.of("started_at", "ended_at"), """
                    INSERT INTO llm_calls (request_id, task, kind, provider, prompt_version, prompt_tokens,
                        completion_tokens, started_at, ended_at, latency_ms, day, estimated_cost_usd, cache_hit, outcome)
                    VALUES (?, 'job_summary', 'call', 'builtin', 'v1', 1, 2, ?, ?, 551, '2026-12-03', 0, 0, 'ok')"""),
            new TimeColumnRows("llm_cache", "cache_key", List.of("created_at", "expires_at"), """
                    INSERT INTO llm_cache (cache_key, task, prompt_version, provider, output, created_at, expires_at)
                    VALUES (?, 'job_summary', 'v1', 'builtin', '{}', ?, ?)"""),
            new TimeColumnRows("llm_routes", "task", List.of("updated_at"), """
                    INSERT INTO llm_routes (task, tier, position, provider, updated_at) VALUES (?, '*', 0, 'builtin', ?)"""),
            new TimeColumnRows("embeddings", "item_id", List.of("created_at"), """
                    INSERT INTO embeddings (item_kind, item_id, model, dimensions, vector, text_hash, created_at)
                    VALUES ('job', ?, 'm', 0, ?, 'h', ?)"""),
            new TimeColumnRows("log_events", "id", List.of("logged_at"), """
                    INSERT INTO log_events (id, logged_at, service, level, logger) VALUES (?, ?, 's', 'INFO', 'l')"""),
            new TimeColumnRows("error_groups", "fingerprint", List.of("first_seen", "last_seen"), """
                    INSERT INTO error_groups (fingerprint, status, path, occurrences, first_seen, last_seen)
                    VALUES (?, 500, '/x', 3, ?, ?)"""),
            new TimeColumnRows("alert_incidents", "id", List.of("opened_at", "resolved_at"), """
                    INSERT INTO alert_incidents (id, kind, subject, opened_at, resolved_at, value, threshold, message)
                    VALUES (?, 'user-spend', ?, ?, ?, 1.5, 1, 'm')"""));

    /** The epoch milliseconds of row {@code row} (0 or 1) in time column {@code column}; null for an open incident. */
    Long millis(int row, int column) {
        if (table.equals("alert_incidents") && column == 1 && row == 1) {
            return null;
        }
        return BASE + column * 86_400_001L + row * 7L;
    }

    /** Writes row {@code row} under {@code key}, its times as the former epoch milliseconds or as bound now. */
    void write(JdbcTemplate jdbc, String key, int row, boolean asTimestamps) {
        List<Object> args = new ArrayList<>();
        args.add(key);
        if (table.equals("embeddings")) {
            args.add(new byte[0]);
        }
        if (table.equals("alert_incidents")) {
            args.add(key);
        }
        for (int column = 0; column < times.size(); column++) {
            Long millis = millis(row, column);
            args.add(millis == null || !asTimestamps ? millis : TimeColumns.bind(Instant.ofEpochMilli(millis)));
        }
        jdbc.update(insert, args.toArray());
    }

    /** The instant in {@code column} of the row with {@code key}, as the service reads it. */
    Instant read(JdbcTemplate jdbc, String key, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM " + table + " WHERE " + this.key + " = ?",
                (row, n) -> TimeColumns.read(row, column), key);
    }

    /** The value the driver hands out for {@code column} of the row with {@code key}, as stored. */
    Object stored(JdbcTemplate jdbc, String key, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM " + table + " WHERE " + this.key + " = ?", Object.class,
                key);
    }
}
