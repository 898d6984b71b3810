package com.careergpt.service.logs;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.careergpt.common.jdbc.TimeColumns;
import com.careergpt.common.logs.LogEventStore;
import com.careergpt.service.gateway.IdentityReports;
import com.careergpt.service.gateway.IdentityUnavailableException;

/**
 * Searches the request log, the application log lines and the LLM call ledger with one set of filters and merges
 * them newest first. A request id also brings identity-service's lines for that request (through its internal API).
 */
@Service
class LogSearch {

    static final int MAX_DEPTH = 10_000;

    private final JdbcTemplate jdbc;
    private final LogEventStore events;
    private final IdentityReports identity;
    private final String service;

    LogSearch(JdbcTemplate jdbc, LogEventStore events, IdentityReports identity,
            @Value("${spring.application.name}") String service) {
        this.jdbc = jdbc;
        this.events = events;
        this.identity = identity;
        this.service = service;
    }

    LogPage search(LogQuery query, int page, int size) {
        int depth = (page + 1) * size;
        List<LogLine> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long total = 0;
        if (query.includes(LogLine.REQUEST)) {
            Sql where = requestWhere(query);
            lines.addAll(jdbc.query("SELECT * FROM request_log" + where.sql + " ORDER BY logged_at DESC, id DESC LIMIT ?",
                    (rs, n) -> LogLines.request(service, TimeColumns.read(rs, "logged_at"),
                            rs.getString("method"), rs.getString("path"), rs.getInt("status"), rs.getLong("latency_ms"),
                            rs.getString("user_id"), rs.getString("request_id"), rs.getString("error_type"),
                            rs.getString("error_text")),
                    where.withLimit(depth)));
            total += count("request_log", where);
        }
        if (query.includes(LogLine.EVENT)) {
            events.find(query.eventFilter(), depth).forEach(event -> lines.add(LogLines.event(event)));
            total += events.count(query.eventFilter());
            if (query.requestId() != null) {
                try {
                    List<LogLine> identityLines = identity.logLines(query.requestId()).stream().map(LogLines::event)
                            .filter(query::matches).toList();
                    lines.addAll(identityLines);
                    total += identityLines.size();
                } catch (IdentityUnavailableException unavailable) {
                    notes.add("identity-service could not be asked for its lines: " + unavailable.getMessage());
                }
            }
        }
        if (query.includes(LogLine.LLM)) {
            Sql where = llmWhere(query);
            lines.addAll(jdbc.query("SELECT * FROM llm_calls" + where.sql + " ORDER BY started_at DESC, id DESC LIMIT ?",
                    (rs, n) -> new LogLine(TimeColumns.read(rs, "started_at"), service, LogLine.LLM,
                            LogLines.llmLevel(rs.getString("outcome")), null, null, null, rs.getLong("latency_ms"),
                            rs.getString("user_id"), rs.getString("request_id"),
                            rs.getString("provider") + ":" + rs.getString("model"),
                            rs.getString("task") + " " + rs.getString("kind") + " " + rs.getString("outcome") + ", "
                                    + rs.getLong("prompt_tokens") + "+" + rs.getLong("completion_tokens")
                                    + " tokens, $" + String.format(Locale.ROOT, "%.6f", rs.getDouble("estimated_cost_usd"))
                                    + (rs.getString("error_message") == null ? "" : ": " + rs.getString("error_message"))),
                    where.withLimit(depth)));
            total += count("llm_calls", where);
        }
        lines.sort(Comparator.comparing(LogLine::time).reversed());
        int start = Math.min(page * size, lines.size());
        return new LogPage(List.copyOf(lines.subList(start, Math.min(start + size, lines.size()))), page, size,
                total, notes);
    }

    private long count(String table, Sql where) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + where.sql, Long.class, where.args.toArray());
        return count == null ? 0 : count;
    }

    private static Sql requestWhere(LogQuery query) {
        Sql sql = new Sql();
        if (query.from() != null) {
            sql.and("logged_at >= ?", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.and("logged_at < ?", Timestamp.from(query.to()));
        }
        if ("ERROR".equals(query.level())) {
            sql.and("status >= ?", 500);
        } else if ("WARN".equals(query.level())) {
            sql.and("status >= ?", 400);
        }
        if (query.path() != null) {
            sql.and("path LIKE ?", query.path() + "%");
        }
        if (query.status() != null) {
            sql.and("status = ?", query.status());
        }
        if (query.userId() != null) {
            sql.and("user_id = ?", query.userId());
        }
        if (query.requestId() != null) {
            sql.and("request_id = ?", query.requestId());
        }
        if (query.model() != null) {
            sql.and("request_id IN (SELECT request_id FROM llm_calls WHERE provider || ':' || model LIKE ?)",
                    "%" + query.model() + "%");
        }
        latency(query, sql);
        if (query.text() != null) {
            String pattern = "%" + query.text().toLowerCase(Locale.ROOT) + "%";
            sql.and("(LOWER(error_text) LIKE ? OR LOWER(error_type) LIKE ? OR LOWER(path) LIKE ?)", pattern, pattern,
                    pattern);
        }
        return sql;
    }

    private static Sql llmWhere(LogQuery query) {
        Sql sql = new Sql();
        if (query.from() != null) {
            sql.and("started_at >= ?", TimeColumns.bind(query.from()));
        }
        if (query.to() != null) {
            sql.and("started_at < ?", TimeColumns.bind(query.to()));
        }
        if ("ERROR".equals(query.level())) {
            sql.and("outcome = ?", "error");
        } else if ("WARN".equals(query.level())) {
            sql.and("outcome <> ?", "ok");
        }
        if (query.userId() != null) {
            sql.and("user_id = ?", query.userId());
        }
        if (query.requestId() != null) {
            sql.and("request_id = ?", query.requestId());
        }
        if (query.model() != null) {
            sql.and("provider || ':' || model LIKE ?", "%" + query.model() + "%");
        }
        latency(query, sql);
        if (query.text() != null) {
            String pattern = "%" + query.text().toLowerCase(Locale.ROOT) + "%";
            sql.and("(LOWER(error_message) LIKE ? OR LOWER(task) LIKE ?)", pattern, pattern);
        }
        return sql;
    }

    private static void latency(LogQuery query, Sql sql) {
        if (query.minLatencyMs() != null) {
            sql.and("latency_ms >= ?", query.minLatencyMs());
        }
        if (query.maxLatencyMs() != null) {
            sql.and("latency_ms <= ?", query.maxLatencyMs());
        }
    }

    /** A WHERE clause being built with its arguments. */
    private static final class Sql {

        private String sql = "";
        private final List<Object> args = new ArrayList<>();

        void and(String condition, Object... values) {
            sql += (sql.isEmpty() ? " WHERE " : " AND ") + condition;
            args.addAll(List.of(values));
        }

        Object[] withLimit(int limit) {
            List<Object> all = new ArrayList<>(args);
            all.add(limit);
            return all.toArray();
        }
    }
}
