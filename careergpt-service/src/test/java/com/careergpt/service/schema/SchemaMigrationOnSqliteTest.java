package com.careergpt.service.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/** {@link SchemaMigrationChecks} on SQLite files, one per database. */
class SchemaMigrationOnSqliteTest extends SchemaMigrationChecks {

    private static final Path FOLDER = folder();

    @Override
    SchemaVendor vendor() {
        return SchemaVendor.SQLITE;
    }

    @Override
    Database newDatabase(String name) {
        return new Database("jdbc:sqlite:" + FOLDER.resolve(name + ".db"), "", "", 1);
    }

    /** sqlite_master holds each object's CREATE statement (ALTERs rewrite it); white space is folded. */
    @Override
    List<String> schemaOf(JdbcTemplate jdbc) {
        return jdbc.query("""
                SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master
                WHERE tbl_name <> 'flyway_schema_history' ORDER BY type, name""",
                (row, rowNum) -> String.join(" | ", row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4).replaceAll("\\s+", " ")));
    }

    @Override
    Map<String, String> columnTypes(JdbcTemplate jdbc) {
        Map<String, String> types = new TreeMap<>();
        jdbc.query("""
                SELECT m.name, p.name, p.type FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name <> 'flyway_schema_history'""",
                row -> {
                    types.put(row.getString(1) + "." + row.getString(2), row.getString(3));
                });
        return types;
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("careergpt-schema-");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
