package com.careergpt.common.logs;

import java.time.Instant;

/**
 * One application log line worth keeping: when, which service, level, logger, the message, the request and user it
 * belongs to (from the MDC) and, for a failure, the exception type and stack trace.
 */
public record LogEvent(String id, Instant time, String service, String level, String logger, String thread,
        String message, String requestId, String userId, String exceptionType, String stackTrace) {
}
