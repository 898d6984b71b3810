package com.careergpt.service.mcp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * Bounds on MCP sessions, which live in this instance's memory: how many there may be, how long an unused one is
 * kept, and how many one user may hold open (opening another answers 429 {@code too-many-sessions}).
 *
 * @param maxSessions MCP sessions this instance keeps at once
 * @param sessionIdleTimeout how long an unused session is kept
 * @param sessionsPerUser sessions one user may hold open; more answer 429 {@code too-many-sessions}
 */
@Validated
@ConfigurationProperties("careergpt.mcp")
record McpSessionProperties(
        @DefaultValue("1000") @Positive long maxSessions,
        @DefaultValue("30m") Duration sessionIdleTimeout,
        @DefaultValue("10") @Positive int sessionsPerUser) {
}
