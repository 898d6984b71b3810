package com.careergpt.service.errors;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import com.careergpt.common.jdbc.TimeColumns;
import com.careergpt.common.web.RequestFailure;
import com.careergpt.common.web.RequestIdFilter;

/**
 * Server-side failures grouped by {@link ErrorFingerprint}: one row per group, counted up in one statement (an
 * upsert, so several instances on one database count together).
 */
@Service
public class ErrorReports {

    private static final Logger log = LoggerFactory.getLogger(ErrorReports.class);
    private static final int MAX_MESSAGE = 1000;
    private static final String UPSERT = """
            INSERT INTO error_groups (fingerprint, exception_type, problem_type, status, path, top_frames, message,
                                      occurrences, first_seen, last_seen, sample_request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
            ON CONFLICT (fingerprint) DO UPDATE SET occurrences = error_groups.occurrences + 1,
                last_seen = excluded.last_seen, message = excluded.message, status = excluded.status,
                sample_request_id = excluded.sample_request_id
            """;
    private static final RowMapper<ErrorGroup> ROW = (rs, n) -> new ErrorGroup(rs.getString("fingerprint"),
            rs.getString("exception_type"), rs.getString("problem_type"), rs.getInt("status"), rs.getString("path"),
            rs.getString("top_frames"), rs.getString("message"), rs.getLong("occurrences"),
            TimeColumns.read(rs, "first_seen"), TimeColumns.read(rs, "last_seen"),
            rs.getString("sample_request_id"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ErrorReports(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts a failed request in its group; never lets a reporting failure reach the caller. */
    public void report(HttpServletRequest request, int status, RequestFailure failure) {
        try {
            ErrorFingerprint fingerprint = ErrorFingerprint.of(failure == null ? null : failure.exception(),
                    failure == null ? null : failure.problemType(), request.getRequestURI());
            String message = failure == null ? "HTTP " + status : failure.detail();
            Timestamp now = TimeColumns.bind(clock.instant());
            jdbc.update(UPSERT, fingerprint.hash(), fingerprint.exceptionType(), fingerprint.problemType(), status,
                    fingerprint.path(), fingerprint.topFrames(),
                    message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE),
                    now, now, RequestIdFilter.currentId(request));
        } catch (RuntimeException failed) {
            log.warn("Could not record an error report: {}", failed.toString());
        }
    }

    /** Groups seen in [from, to), most recent first. */
    public List<ErrorGroup> groups(Instant from, Instant to, int limit) {
        return jdbc.query("SELECT * FROM error_groups WHERE last_seen >= ? AND last_seen < ? "
                + "ORDER BY last_seen DESC LIMIT ?", ROW, TimeColumns.bind(from), TimeColumns.bind(to), limit);
    }

    /** Forgets groups not seen since {@code cutoff}; answers how many. */
    public int deleteNotSeenSince(Instant cutoff) {
        return jdbc.update("DELETE FROM error_groups WHERE last_seen < ?", TimeColumns.bind(cutoff));
    }
}
