package db.migration.careergpt.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.careergpt.common.sqlite.SqliteColumnTypes;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * SQLite flavour; postgresql/V13__times_as_timestamps.sql converts the same columns in place. Every epoch-millisecond
 * time column becomes TIMESTAMP WITH TIME ZONE, the type of jobs and the other JPA tables. On SQLite such a column
 * holds what the driver writes for a java.sql.Timestamp, the epoch milliseconds as an INTEGER, which these BIGINT
 * columns hold already: the rows are copied unchanged into each table rebuilt with the new declared types.
 */
public class V13__times_as_timestamps extends BaseJavaMigration {

    private static final Map<String, Set<String>> TIME_COLUMNS = new LinkedHashMap<>();

    static {
        TIME_COLUMNS.put("llm_calls", Set.of("started_at", "ended_at"));
        TIME_COLUMNS.put("llm_cache", Set.of("created_at", "expires_at"));
        TIME_COLUMNS.put("llm_routes", Set.of("updated_at"));
        TIME_COLUMNS.put("embeddings", Set.of("created_at"));
        TIME_COLUMNS.put("log_events", Set.of("logged_at"));
        TIME_COLUMNS.put("error_groups", Set.of("first_seen", "last_seen"));
        TIME_COLUMNS.put("alert_incidents", Set.of("opened_at", "resolved_at"));
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Map.Entry<String, Set<String>> table : TIME_COLUMNS.entrySet()) {
            SqliteColumnTypes.retype(connection, table.getKey(), table.getValue(), "TIMESTAMP WITH TIME ZONE");
        }
    }
}
