package com.careergpt.common.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Times in {@code TIMESTAMP WITH TIME ZONE} columns through JDBC, as Hibernate keeps the entities' {@link Instant}s:
 * bound as a {@link Timestamp}, which PostgreSQL stores as that instant and SQLite's driver as its epoch milliseconds
 * (an INTEGER). Bound times keep whole milliseconds, so a row reads back the same instant on both databases.
 */
public final class TimeColumns {

    private TimeColumns() {
    }

    /** The value to bind for {@code time} (null for null), to the millisecond. */
    public static Timestamp bind(Instant time) {
        return time == null ? null : Timestamp.from(time.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The instant in {@code column} of the current row, or null. */
    public static Instant read(ResultSet row, String column) throws SQLException {
        Timestamp time = row.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
