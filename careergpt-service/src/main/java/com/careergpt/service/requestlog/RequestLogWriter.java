package com.careergpt.service.requestlog;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes request log rows in batches from one background thread, so a request never waits for the database.
 * The queue is bounded; rows still queued at shutdown are written before the service stops.
 */
@Component
public class RequestLogWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RequestLogWriter.class);
    private static final int BATCH = 500;
    private static final String INSERT = """
            INSERT INTO request_log (logged_at, method, path, status, latency_ms, user_id, user_state, request_id,
                                     client_ip, action, error_type, error_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final List<RequestLogListener> listeners;
    private final BlockingQueue<RequestLogEntry> queue = new ArrayBlockingQueue<>(50_000);
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running;
    private Thread worker;

    RequestLogWriter(JdbcTemplate jdbc, List<RequestLogListener> listeners) {
        this.jdbc = jdbc;
        this.listeners = List.copyOf(listeners);
    }

    void enqueue(RequestLogEntry entry) {
        if (!queue.offer(entry) && dropped.incrementAndGet() % 1000 == 1) {
            log.warn("Request log queue is full; {} rows dropped so far", dropped.get());
        }
        for (RequestLogListener listener : listeners) {
            listener.onRequestLogged(entry);
        }
    }

    /** Writes everything queued so far (tests and shutdown). */
    public void flush() {
        List<RequestLogEntry> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private void run() {
        List<RequestLogEntry> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                RequestLogEntry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                log.error("Could not write {} request log rows", batch.size(), ex);
            }
            finally {
                batch.clear();
            }
        }
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
        running = true;
        worker = new Thread(this::run, "request-log-writer");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            worker.join(10_000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops at a higher phase) so late requests are still written. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}
