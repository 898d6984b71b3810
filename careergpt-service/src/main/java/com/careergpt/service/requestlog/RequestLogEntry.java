package com.careergpt.service.requestlog;

import java.time.Instant;

/** One handled request, as kept in {@code request_log}. */
public record RequestLogEntry(Instant time, String method, String path, int status, long latencyMs, String userId,
        String userState, String requestId, String clientIp) {
}
