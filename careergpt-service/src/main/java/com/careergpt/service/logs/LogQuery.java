package com.careergpt.service.logs;

import java.time.Instant;
import java.util.Locale;

import com.careergpt.common.logs.LogEventFilter;

/**
 * Conditions on log lines, all optional: time range [from, to), lowest level, kind, path prefix, status, user,
 * request id, model (provider:model or model name), latency range and a text to find in messages and errors.
 * A condition a kind of line cannot meet (a status for an application log line) leaves that kind out.
 */
public record LogQuery(Instant from, Instant to, String level, String kind, String path, Integer status,
        String userId, String requestId, String model, Long minLatencyMs, Long maxLatencyMs, String text) {

    /** The query of declared, validated request parameters: blank texts are no condition, the level upper case. */
    static LogQuery of(LogFilterParams filter, LogSearchParams search) {
        return new LogQuery(search.from(), search.to(),
                filter.level() == null ? null : filter.level().toUpperCase(Locale.ROOT), filter.kind(),
                blankToNull(filter.path()), filter.status(), blankToNull(filter.userId()),
                blankToNull(filter.requestId()), blankToNull(search.model()), search.minLatencyMs(),
                search.maxLatencyMs(), blankToNull(filter.q()));
    }

    boolean includes(String lineKind) {
        if (kind != null && !kind.equals(lineKind)) {
            return false;
        }
        return switch (lineKind) {
            case LogLine.EVENT -> path == null && status == null && model == null && minLatencyMs == null
                    && maxLatencyMs == null;
            case LogLine.LLM -> path == null && status == null;
            default -> true;
        };
    }

    /** The same conditions applied to a line in memory (the live tail). */
    boolean matches(LogLine line) {
        return includes(line.kind())
                && (from == null || !line.time().isBefore(from))
                && (to == null || line.time().isBefore(to))
                && (level == null || LogEventFilter.levelsFrom(level).contains(line.level()))
                && (path == null || (line.path() != null && line.path().startsWith(path)))
                && (status == null || status.equals(line.status()))
                && (userId == null || userId.equals(line.userId()))
                && (requestId == null || requestId.equals(line.requestId()))
                && (model == null || (line.model() != null && line.model().contains(model)))
                && (minLatencyMs == null || (line.latencyMs() != null && line.latencyMs() >= minLatencyMs))
                && (maxLatencyMs == null || (line.latencyMs() != null && line.latencyMs() <= maxLatencyMs))
                && (text == null || contains(line.message(), text) || contains(line.path(), text));
    }

    LogEventFilter eventFilter() {
        return new LogEventFilter(from, to, level, requestId, userId, text);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
