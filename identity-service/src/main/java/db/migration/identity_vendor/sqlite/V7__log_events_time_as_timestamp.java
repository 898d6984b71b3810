package db.migration.identity_vendor.sqlite;

import java.sql.SQLException;
import java.util.Set;

import com.careergpt.common.sqlite.SqliteColumnTypes;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * SQLite flavour; identity_vendor/postgresql/V7__log_events_time_as_timestamp.sql converts the column in place.
 * log_events.logged_at becomes TIMESTAMP WITH TIME ZONE, the type of every other time column (careergpt-common's
 * LogEventStore writes the same type in both services' databases). On SQLite such a column holds what the driver
 * writes for a java.sql.Timestamp, the epoch milliseconds as an INTEGER, which the BIGINT column holds already: the
 * rows are copied unchanged into the table rebuilt with the new declared type.
 */
public class V7__log_events_time_as_timestamp extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        SqliteColumnTypes.retype(context.getConnection(), "log_events", Set.of("logged_at"),
                "TIMESTAMP WITH TIME ZONE");
    }
}
