package com.careergpt.service.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.careergpt.common.jdbc.TimeColumns;
import com.careergpt.common.logs.LogEventStore;
import com.careergpt.service.errors.ErrorReports;

/** Deletes request log rows, log lines, LLM ledger rows, error groups and resolved alerts past their retention. */
@Service
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final JdbcTemplate jdbc;
    private final LogEventStore logEvents;
    private final ErrorReports errors;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionPurge(JdbcTemplate jdbc, LogEventStore logEvents, ErrorReports errors, RetentionProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.logEvents = logEvents;
        this.errors = errors;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${careergpt.retention.interval:6h}", initialDelayString = "PT2M")
    void scheduledPurge() {
        try {
            Map<String, Integer> deleted = purge();
            if (deleted.values().stream().anyMatch(count -> count > 0)) {
                log.info("Retention purge deleted {}", deleted);
            }
        } catch (RuntimeException failed) {
            log.warn("Retention purge failed: {}", failed.toString());
        }
    }

    /** Runs the purge now; answers how many rows each table lost. */
    public Map<String, Integer> purge() {
        Instant now = clock.instant();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("request_log", jdbc.update("DELETE FROM request_log WHERE logged_at < ?",
                Timestamp.from(now.minus(properties.requestLog()))));
        deleted.put("log_events", logEvents.deleteBefore(now.minus(properties.logEvents())));
        deleted.put("llm_calls", jdbc.update("DELETE FROM llm_calls WHERE started_at < ?",
                TimeColumns.bind(now.minus(properties.llmCalls()))));
        deleted.put("error_groups", errors.deleteNotSeenSince(now.minus(properties.errorGroups())));
        deleted.put("alert_incidents", jdbc.update("DELETE FROM alert_incidents WHERE resolved_at IS NOT NULL "
                + "AND resolved_at < ?", TimeColumns.bind(now.minus(properties.resolvedAlerts()))));
        return deleted;
    }
}
