package com.careergpt.common.logs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import com.careergpt.common.jdbc.TimeColumns;

/** The {@code log_events} table: batch inserts and filtered reads, the same SQL on SQLite and PostgreSQL. */
public class LogEventStore {

    private static final String INSERT = """
            INSERT INTO log_events (id, logged_at, service, level, logger, thread, message, request_id, user_id,
                                    exception_type, stack_trace)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final RowMapper<LogEvent> ROW = (rs, n) -> new LogEvent(rs.getString("id"),
            TimeColumns.read(rs, "logged_at"), rs.getString("service"), rs.getString("level"),
            rs.getString("logger"), rs.getString("thread"), rs.getString("message"), rs.getString("request_id"),
            rs.getString("user_id"), rs.getString("exception_type"), rs.getString("stack_trace"));

    private final JdbcTemplate jdbc;

    public LogEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<LogEvent> batch) {
        jdbc.batchUpdate(INSERT, batch, batch.size(), (statement, event) -> {
            statement.setString(1, event.id());
            statement.setTimestamp(2, TimeColumns.bind(event.time()));
            statement.setString(3, event.service());
            statement.setString(4, event.level());
            statement.setString(5, event.logger());
            statement.setString(6, event.thread());
            statement.setString(7, event.message());
            statement.setString(8, event.requestId());
            statement.setString(9, event.userId());
            statement.setString(10, event.exceptionType());
            statement.setString(11, event.stackTrace());
        });
    }

    /** Lines matching the filter, newest first, at most {@code limit}. */
    public List<LogEvent> find(LogEventFilter filter, int limit) {
        List<Object> args = new ArrayList<>();
        String where = filter.where(args);
        args.add(limit);
        return jdbc.query("SELECT * FROM log_events" + where + " ORDER BY logged_at DESC, id DESC LIMIT ?", ROW,
                args.toArray());
    }

    public long count(LogEventFilter filter) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM log_events" + filter.where(args), Long.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    /** Deletes lines older than {@code cutoff}; answers how many. */
    public int deleteBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM log_events WHERE logged_at < ?", TimeColumns.bind(cutoff));
    }
}
