package com.careergpt.service.requestlog;

import java.time.Instant;

/**
 * One handled request, as kept in {@code request_log}: whether the gate admitted it as an action, and for a failed
 * one the problem type (or exception type) and its detail.
 */
public record RequestLogEntry(Instant time, String method, String path, int status, long latencyMs, String userId,
        String userState, String requestId, String clientIp, boolean action, String errorType, String errorText) {
}
