package com.careergpt.common.logs;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.careergpt.common.jdbc.TimeColumns;

/**
 * Conditions on stored log lines; null means any. {@code level} keeps that level and the more severe ones;
 * {@code text} is a case-insensitive substring of the message or the exception type.
 */
public record LogEventFilter(Instant from, Instant to, String level, String requestId, String userId, String text) {

    private static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    public static LogEventFilter forRequest(String requestId) {
        return new LogEventFilter(null, null, null, requestId, null, null);
    }

    /** The levels at or above {@code level}; unknown names are refused by the caller before this. */
    public static List<String> levelsFrom(String level) {
        int index = LEVELS.indexOf(level.toUpperCase(Locale.ROOT));
        return index < 0 ? List.of() : LEVELS.subList(index, LEVELS.size());
    }

    String where(List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND logged_at >= ?");
            args.add(TimeColumns.bind(from));
        }
        if (to != null) {
            sql.append(" AND logged_at < ?");
            args.add(TimeColumns.bind(to));
        }
        if (level != null) {
            List<String> levels = levelsFrom(level);
            if (levels.isEmpty()) {
                return sql.append(" AND 1 = 0").toString();
            }
            sql.append(" AND level IN (").append(String.join(", ", levels.stream().map(l -> "?").toList())).append(")");
            args.addAll(levels);
        }
        if (requestId != null) {
            sql.append(" AND request_id = ?");
            args.add(requestId);
        }
        if (userId != null) {
            sql.append(" AND user_id = ?");
            args.add(userId);
        }
        if (text != null) {
            sql.append(" AND (LOWER(message) LIKE ? OR LOWER(exception_type) LIKE ?)");
            String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
            args.add(pattern);
            args.add(pattern);
        }
        return sql.toString();
    }
}
