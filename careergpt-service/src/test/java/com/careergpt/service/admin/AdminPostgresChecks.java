package com.careergpt.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;

import com.careergpt.common.web.RequestFailure;
import com.careergpt.service.alerts.AlertMonitor;
import com.careergpt.service.errors.ErrorReports;
import com.careergpt.service.llm.TokenUsage;
import com.careergpt.service.llm.ledger.CallOutcome;
import com.careergpt.service.llm.ledger.LedgerEntry;
import com.careergpt.service.llm.ledger.LlmLedger;
import com.careergpt.service.retention.RetentionPurge;

/**
 * Error groups (upsert), alert incidents (partial unique index) and retention on PostgreSQL (server from the subclass).
 * The service stops after the class (DirtiesContext) while the server still runs; the server stops at JVM exit.
 */
@DirtiesContext
@SpringBootTest(properties = "careergpt.alerts.provider-min-calls=2")
abstract class AdminPostgresChecks {

    @Autowired
    ErrorReports errors;

    @Autowired
    AlertMonitor alerts;

    @Autowired
    LlmLedger ledger;

    @Autowired
    RetentionPurge retention;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void errorGroupsAlertsAndRetentionWorkOnPostgres() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/resumes/" + UUID.randomUUID());
        RequestFailure failure = new RequestFailure(null, "boom", new IllegalStateException("boom"));
        errors.report(request, 500, failure);
        errors.report(new MockHttpServletRequest("POST", "/api/resumes/" + UUID.randomUUID()), 500, failure);
        assertThat(errors.groups(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1), 10))
                .singleElement().satisfies(group -> {
                    assertThat(group.count()).isEqualTo(2);
                    assertThat(group.path()).isEqualTo("/api/resumes/{id}");
                    assertThat(List.of(group.firstSeen(), group.lastSeen())).as("kept to the millisecond, as on SQLite")
                            .allMatch(time -> time.getNano() % 1_000_000 == 0);
                });

        for (int i = 0; i < 3; i++) {
            Instant start = Instant.now();
            ledger.record(new LedgerEntry("r" + i, "u", "job_extract", "call", "pg-flaky", "m", "v1",
                    new TokenUsage(1, 1), start, start.plusMillis(5), 0, false, CallOutcome.ERROR, "server_error",
                    "down", null, null, null));
        }
        alerts.check();
        alerts.check();
        assertThat(openIncidents("pg-flaky")).isEqualTo(1);
        jdbc.update("DELETE FROM llm_calls WHERE provider = 'pg-flaky'");
        alerts.check();
        assertThat(openIncidents("pg-flaky")).isZero();

        jdbc.update("INSERT INTO request_log (logged_at, method, path, status, latency_ms, action) "
                + "VALUES (?, 'GET', '/old', 200, 1, ?)", Timestamp.from(Instant.now().minus(Duration.ofDays(90))), true);
        assertThat(retention.purge().get("request_log")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT path FROM request_log WHERE path = '/old'", String.class)).isEqualTo(List.of());
    }

    private long openIncidents(String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM alert_incidents WHERE subject = ? AND resolved_at IS NULL",
                Long.class, subject);
    }
}
