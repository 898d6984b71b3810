package com.careergpt.service.requestlog;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.careergpt.common.logs.BatchWriter;

/**
 * Writes request log rows in batches from one background thread, so a request never waits for the database.
 * The queue is bounded; rows still queued at shutdown are written before the service stops.
 */
@Component
public class RequestLogWriter implements SmartLifecycle {

    private static final String INSERT = """
            INSERT INTO request_log (logged_at, method, path, status, latency_ms, user_id, user_state, request_id,
                                     client_ip, action, error_type, error_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final List<RequestLogListener> listeners;
    private final BatchWriter<RequestLogEntry> writer;

    RequestLogWriter(JdbcTemplate jdbc, List<RequestLogListener> listeners) {
        this.jdbc = jdbc;
        this.listeners = List.copyOf(listeners);
        this.writer = new BatchWriter<>("request-log-writer", 50_000, this::write, () -> { });
    }

    void enqueue(RequestLogEntry entry) {
        writer.offer(entry);
        for (RequestLogListener listener : listeners) {
            listener.onRequestLogged(entry);
        }
    }

    /** Writes everything queued so far (tests and shutdown). */
    public void flush() {
        writer.flush();
    }

    private void write(List<RequestLogEntry> batch) {
        jdbc.batchUpdate(INSERT, batch, batch.size(), (statement, entry) -> {
            statement.setTimestamp(1, Timestamp.from(entry.time()));
            statement.setString(2, entry.method());
            statement.setString(3, entry.path());
            statement.setInt(4, entry.status());
            statement.setLong(5, entry.latencyMs());
            statement.setString(6, entry.userId());
            statement.setString(7, entry.userState());
            statement.setString(8, entry.requestId());
            statement.setString(9, entry.clientIp());
            statement.setBoolean(10, entry.action());
            statement.setString(11, entry.errorType());
            statement.setString(12, entry.errorText());
        });
    }

    @Override
    public void start() {
        writer.start();
    }

    @Override
    public void stop() {
        writer.stop();
    }

    @Override
    public boolean isRunning() {
        return writer.isRunning();
    }

    /** Stops after the web server (which stops at a higher phase) so late requests are still written. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}
