package com.careergpt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.careergpt.common.jdbc.TimeColumns;
import com.careergpt.common.logs.LogEvent;
import com.careergpt.common.logs.LogEventFilter;
import com.careergpt.common.logs.LogEventStore;
import com.careergpt.identity.support.PostgresDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * V7 turns log_events.logged_at from epoch milliseconds into TIMESTAMP WITH TIME ZONE on SQLite and PostgreSQL: lines
 * stored before read back through careergpt-common's store with the same instants, and hold what the store writes now.
 */
class LogEventTimesMigrationTest {

    private static final EmbeddedPostgres POSTGRES = PostgresDatabase.startEmbedded();
    private static final long OLDER = 1_796_281_146_448L;
    private static final long NEWER = 1_796_281_146_455L;

    @AfterAll
    static void stop() throws Exception {
        POSTGRES.close();
    }

    @Test
    void onSqlite() throws Exception {
        String url = "jdbc:sqlite:" + Files.createTempFile("identity-log-times-", ".db");
        linesKeepTheirTimes(new DriverManagerDataSource(url), "sqlite");
    }

    @Test
    void onPostgres() {
        PostgresDatabase database = PostgresDatabase.of(POSTGRES).create("log_times");
        linesKeepTheirTimes(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()),
                "postgresql");
    }

    private static void linesKeepTheirTimes(DataSource dataSource, String vendor) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        migrate(dataSource, vendor, "6");
        insert(jdbc, "older", OLDER);
        insert(jdbc, "newer", NEWER);

        migrate(dataSource, vendor, "latest");

        LogEventStore store = new LogEventStore(jdbc);
        List<LogEvent> lines = store.find(new LogEventFilter(null, null, null, null, null, null), 10);
        assertThat(lines).extracting(LogEvent::id).containsExactly("newer", "older");
        assertThat(lines).extracting(LogEvent::time)
                .containsExactly(Instant.ofEpochMilli(NEWER), Instant.ofEpochMilli(OLDER));

        insert(jdbc, "fresh", TimeColumns.bind(Instant.ofEpochMilli(NEWER)));
        assertThat(stored(jdbc, "newer")).as("as the store writes it now").isEqualTo(stored(jdbc, "fresh"));
        assertThat(store.count(new LogEventFilter(Instant.ofEpochMilli(NEWER), null, null, null, null, null)))
                .isEqualTo(2);
        assertThat(store.deleteBefore(Instant.ofEpochMilli(NEWER))).isOne();
    }

    private static void migrate(DataSource dataSource, String vendor, String target) {
        Flyway.configure().dataSource(dataSource).target(target)
                .locations("classpath:db/migration/identity", "classpath:db/migration/identity_vendor/" + vendor)
                .load().migrate();
    }

    private static Object stored(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("SELECT logged_at FROM log_events WHERE id = ?", Object.class, id);
    }

    private static void insert(JdbcTemplate jdbc, String id, Object loggedAt) {
        jdbc.update("INSERT INTO log_events (id, logged_at, service, level, logger, message) "
                + "VALUES (?, ?, 'identity-service', 'INFO', 'com.careergpt.identity.Test', 'a line')", id, loggedAt);
    }
}
