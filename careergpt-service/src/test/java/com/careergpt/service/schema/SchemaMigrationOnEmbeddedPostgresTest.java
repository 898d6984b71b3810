package com.careergpt.service.schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import com.careergpt.identity.support.PostgresDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** {@link SchemaMigrationChecks} on embedded PostgreSQL, one database of the server each. */
class SchemaMigrationOnEmbeddedPostgresTest extends SchemaMigrationChecks {

    static final EmbeddedPostgres POSTGRES = PostgresDatabase.startEmbedded();

    @Override
    SchemaVendor vendor() {
        return SchemaVendor.POSTGRESQL;
    }

    @Override
    Database newDatabase(String name) {
        PostgresDatabase database = PostgresDatabase.of(POSTGRES).create(name);
        // Flyway holds a second connection for its advisory lock on PostgreSQL.
        return new Database(database.jdbcUrl(), database.username(), database.password(), 5);
    }

    /** Columns with their types, defaults and identity, then indexes and constraints as PostgreSQL defines them. */
    @Override
    List<String> schemaOf(JdbcTemplate jdbc) {
        List<String> columns = jdbc.query("""
                SELECT table_name, column_name, ordinal_position, data_type, character_maximum_length,
                       numeric_precision, numeric_scale, is_nullable, column_default, is_identity, identity_generation
                FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'
                ORDER BY table_name, ordinal_position""",
                (row, rowNum) -> "column " + line(row, 11));
        List<String> indexes = jdbc.query("""
                SELECT tablename, indexname, indexdef FROM pg_indexes
                WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'
                ORDER BY tablename, indexname""",
                (row, rowNum) -> "index " + line(row, 3));
        List<String> constraints = jdbc.query("""
                SELECT conrelid::regclass::text AS owner, conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'flyway_schema_history'
                ORDER BY owner, conname""",
                (row, rowNum) -> "constraint " + line(row, 3));
        return Stream.of(columns, indexes, constraints).flatMap(List::stream).toList();
    }

    @Override
    Map<String, String> columnTypes(JdbcTemplate jdbc) {
        Map<String, String> types = new TreeMap<>();
        jdbc.query("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'""",
                row -> {
                    types.put(row.getString(1) + "." + row.getString(2), row.getString(3));
                });
        return types;
    }

    private static String line(ResultSet row, int columns) throws SQLException {
        StringBuilder line = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
            line.append(column > 1 ? " | " : "").append(row.getString(column));
        }
        return line.toString();
    }
}
