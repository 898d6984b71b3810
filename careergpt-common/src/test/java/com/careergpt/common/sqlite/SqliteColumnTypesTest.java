package com.careergpt.common.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retyping columns on a real SQLite database, inside a transaction as Flyway runs a migration. */
class SqliteColumnTypesTest {

    private Connection connection;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection(
                "jdbc:sqlite:" + Files.createTempFile("retype-", ".db") + "?foreign_keys=true");
        execute("""
                CREATE TABLE incidents (
                    id          INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind        VARCHAR(40)  NOT NULL DEFAULT 'cost', -- a comment, with a comma
                    "subject"   VARCHAR(200) NOT NULL,
                    opened_at   BIGINT       NOT NULL,
                    resolved_at BIGINT,
                    amount      DECIMAL(10, 2) CHECK (amount >= 0),
                    UNIQUE (kind, subject, opened_at)
                )""");
        execute("CREATE UNIQUE INDEX ux_incidents_open ON incidents (kind, subject) WHERE resolved_at IS NULL");
        execute("CREATE INDEX ix_incidents_opened ON incidents (opened_at)");
        execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
        execute("CREATE TRIGGER tr_incidents_note AFTER INSERT ON incidents BEGIN "
                + "INSERT INTO notes (text) VALUES (NEW.kind); END");
        execute("INSERT INTO incidents (kind, subject, opened_at, resolved_at, amount) "
                + "VALUES ('cost', 'a', 1796281146448, 1796281146455, 1.5)");
        execute("INSERT INTO incidents (kind, subject, opened_at, amount) VALUES ('cost', 'b', 1796281146449, NULL)");
        execute("INSERT INTO incidents (kind, subject, opened_at) VALUES ('gone', 'c', 1)");
        execute("DELETE FROM incidents WHERE subject = 'c'");
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void retypesOnlyTheNamedColumnsAndKeepsRowsIndexesAndSequence() throws Exception {
        List<String> rowsBefore = rows("SELECT id, kind, subject, opened_at, typeof(opened_at), resolved_at, "
                + "typeof(resolved_at), amount, typeof(amount) FROM incidents ORDER BY id");

        SqliteColumnTypes.retype(connection, "incidents", Set.of("opened_at", "resolved_at"),
                "TIMESTAMP WITH TIME ZONE");
        connection.commit();

        assertThat(rows("SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || ifnull(dflt_value, '-') || ' ' || pk "
                + "FROM pragma_table_info('incidents') ORDER BY cid")).containsExactly(
                        "id INTEGER 0 - 1",
                        "kind VARCHAR(40) 1 'cost' 0",
                        "subject VARCHAR(200) 1 - 0",
                        "opened_at TIMESTAMP WITH TIME ZONE 1 - 0",
                        "resolved_at TIMESTAMP WITH TIME ZONE 0 - 0",
                        "amount DECIMAL(10, 2) 0 - 0");
        assertThat(rows("SELECT id, kind, subject, opened_at, typeof(opened_at), resolved_at, typeof(resolved_at), "
                + "amount, typeof(amount) FROM incidents ORDER BY id")).isEqualTo(rowsBefore);
        assertThat(rows("SELECT sql FROM sqlite_schema WHERE name = 'incidents'")).singleElement().asString()
                .contains("AUTOINCREMENT", "-- a comment, with a comma", "CHECK (amount >= 0)",
                        "UNIQUE (kind, subject, opened_at)");
        assertThat(rows("SELECT name FROM sqlite_schema WHERE tbl_name = 'incidents' ORDER BY name")).containsExactly(
                "incidents", "ix_incidents_opened", "sqlite_autoindex_incidents_1", "tr_incidents_note",
                "ux_incidents_open");
        assertThat(rows("SELECT name || ' ' || seq FROM sqlite_sequence")).containsExactly("incidents 3");
        assertThat(rows("PRAGMA integrity_check")).containsExactly("ok");

        execute("INSERT INTO incidents (kind, subject, opened_at) VALUES ('cost', 'd', 2)");
        assertThat(rows("SELECT max(id) FROM incidents")).containsExactly("4");
        assertThat(rows("SELECT count(*) FROM notes")).as("the trigger fired for 3 rows before and 1 after")
                .containsExactly("4");
        assertRefused(() -> execute(
                "INSERT INTO incidents (kind, subject, opened_at) VALUES ('cost', 'b', 3)"), "UNIQUE");
        assertRefused(() -> execute(
                "INSERT INTO incidents (kind, subject, opened_at) VALUES ('cost', 'a', 1796281146448)"), "UNIQUE");
        assertRefused(() -> execute(
                "INSERT INTO incidents (kind, subject) VALUES ('cost', 'e')"), "NOT NULL");
    }

    @Test
    void refusesAColumnTheTableDoesNotHave() throws Exception {
        assertThatIllegalArgumentException().isThrownBy(() -> SqliteColumnTypes.retype(connection, "incidents",
                Map.of("opened_at", "TIMESTAMP", "closed_at", "TIMESTAMP")))
                .withMessageContaining("no column closed_at");
        assertThat(rows("SELECT type FROM pragma_table_info('incidents') WHERE name = 'opened_at'"))
                .containsExactly("BIGINT");
    }

    @Test
    void refusesATableOthersReferenceWhileForeignKeysAreEnforced() throws Exception {
        execute("CREATE TABLE children (id INTEGER PRIMARY KEY, incident_id INTEGER REFERENCES incidents (id))");
        assertThatIllegalStateException().isThrownBy(() -> SqliteColumnTypes.retype(connection, "incidents",
                Set.of("opened_at"), "TIMESTAMP")).withMessageContaining("children reference it");
    }

    private void assertRefused(ThrowingRunnable insert, String constraint) {
        try {
            insert.run();
        }
        catch (Exception refused) {
            assertThat(refused).hasMessageContaining(constraint);
            return;
        }
        throw new AssertionError("expected a " + constraint + " constraint to refuse the row");
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
