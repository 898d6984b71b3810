package com.careergpt.service.alerts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import com.careergpt.common.jdbc.TimeColumns;

/**
 * The {@code alert_incidents} table. A partial unique index allows one open incident per kind and subject, so an
 * incident opens once even when several instances evaluate the rules at the same moment.
 */
@Repository
class IncidentStore {

    private static final RowMapper<Incident> ROW = (rs, n) -> {
        Instant resolved = TimeColumns.read(rs, "resolved_at");
        return new Incident(rs.getString("id"), rs.getString("kind"), rs.getString("subject"),
                resolved == null ? "open" : "resolved", TimeColumns.read(rs, "opened_at"), resolved,
                rs.getDouble("value"), rs.getDouble("threshold"), rs.getString("message"));
    };

    private final JdbcTemplate jdbc;

    IncidentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Incident> open() {
        return jdbc.query("SELECT * FROM alert_incidents WHERE resolved_at IS NULL ORDER BY opened_at DESC", ROW);
    }

    List<Incident> list(String status, int limit) {
        String where = switch (status) {
            case "open" -> " WHERE resolved_at IS NULL";
            case "resolved" -> " WHERE resolved_at IS NOT NULL";
            default -> "";
        };
        return jdbc.query("SELECT * FROM alert_incidents" + where + " ORDER BY opened_at DESC LIMIT ?", ROW, limit);
    }

    /** Opens an incident unless one is open for this kind and subject; answers whether this call opened it. */
    boolean open(AlertCondition condition, Instant now) {
        try {
            return jdbc.update("INSERT INTO alert_incidents (id, kind, subject, opened_at, resolved_at, value, "
                    + "threshold, message) SELECT ?, ?, ?, ?, NULL, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                    + "alert_incidents WHERE kind = ? AND subject = ? AND resolved_at IS NULL)",
                    UUID.randomUUID().toString(), condition.kind(), condition.subject(), TimeColumns.bind(now),
                    condition.value(), condition.threshold(), condition.message(), condition.kind(),
                    condition.subject()) == 1;
        } catch (DuplicateKeyException openedElsewhere) {
            return false;
        }
    }

    /** Resolves the open incident of this kind and subject; answers whether this call resolved it. */
    boolean resolve(String kind, String subject, Instant now) {
        return jdbc.update("UPDATE alert_incidents SET resolved_at = ? WHERE kind = ? AND subject = ? "
                + "AND resolved_at IS NULL", TimeColumns.bind(now), kind, subject) == 1;
    }
}
