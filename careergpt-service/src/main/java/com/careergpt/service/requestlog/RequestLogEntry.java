package com.careergpt.service.requestlog;

import java.time.Instant;

/**
 * One handled request, as kept in {@code request_log}: whether the gate admitted it as an action, and for a failed
 * one the problem type (or exception type) and its detail. A request that names what it does inside its body (an
 * MCP message) leaves that name in {@link #OPERATION_ATTRIBUTE}; it is logged as the path's last segments, e.g.
 * {@code /mcp/tools/call/search_jobs}, so a path prefix finds every call of one tool.
 */
public record RequestLogEntry(Instant time, String method, String path, int status, long latencyMs, String userId,
        String userState, String requestId, String clientIp, boolean action, String errorType, String errorText) {

    public static final String OPERATION_ATTRIBUTE = RequestLogEntry.class.getName() + ".operation";
}
