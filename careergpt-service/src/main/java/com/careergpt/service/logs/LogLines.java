package com.careergpt.service.logs;

import java.time.Instant;

import com.careergpt.common.logs.LogEvent;
import com.careergpt.service.requestlog.RequestLogEntry;

/** How each source's rows read as {@link LogLine}s. */
final class LogLines {

    private LogLines() {
    }

    static String requestLevel(int status) {
        return status >= 500 ? "ERROR" : status >= 400 ? "WARN" : "INFO";
    }

    static String llmLevel(String outcome) {
        return switch (outcome) {
            case "error" -> "ERROR";
            case "fallback" -> "WARN";
            default -> "INFO";
        };
    }

    static LogLine request(String service, Instant time, String method, String path, int status, long latencyMs,
            String userId, String requestId, String errorType, String errorText) {
        String message = method + " " + path + " -> " + status + " in " + latencyMs + " ms"
                + (errorType == null ? "" : ": " + errorType + (errorText == null ? "" : " - " + errorText));
        return new LogLine(time, service, LogLine.REQUEST, requestLevel(status), method, path, status, latencyMs,
                userId, requestId, null, message);
    }

    static LogLine request(String service, RequestLogEntry entry) {
        return request(service, entry.time(), entry.method(), entry.path(), entry.status(), entry.latencyMs(),
                entry.userId(), entry.requestId(), entry.errorType(), entry.errorText());
    }

    static LogLine event(LogEvent event) {
        String message = event.message() + (event.exceptionType() == null ? "" : " [" + event.exceptionType() + "]");
        return new LogLine(event.time(), event.service(), LogLine.EVENT, event.level(), null, null, null, null,
                event.userId(), event.requestId(), null, shortLogger(event.logger()) + ": " + message);
    }

    private static String shortLogger(String logger) {
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
