package com.careergpt.service.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.careergpt.common.jdbc.TimeColumns;

/**
 * The shared migrations against the former per-vendor files (frozen in {@code db/legacy-migrations.zip}): a database
 * those files built starts with the service's Flyway set-up, applies nothing, validates and has the schema of a
 * fresh one. The database comes from the subclass.
 */
abstract class SchemaMigrationChecks {

    /** The last version the former per-vendor files had; later versions were only ever written in today's places. */
    static final String LAST_FORMER_VERSION = "12";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Where to reach one database of a test, and the pool size the service would use on it. */
    record Database(String url, String username, String password, int poolSize) {

        DataSource dataSource() {
            return new DriverManagerDataSource(url, username, password);
        }
    }

    /** Flyway, the data source and this package's configuration: how the service migrates, without the rest of it. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @Import(SchemaMigrationConfiguration.class)
    static class MigrationsOnly {
    }

    abstract SchemaVendor vendor();

    abstract Database newDatabase(String name);

    /** Every table, column, index, constraint and trigger outside Flyway's history, one normalised line each. */
    abstract List<String> schemaOf(JdbcTemplate jdbc);

    /** The declared type of every column of the migrated tables, by {@code table.column}. */
    abstract Map<String, String> columnTypes(JdbcTemplate jdbc);

    @Test
    void aDatabaseTheFormerFilesBuiltStartsAppliesOnlyLaterVersionsValidatesAndHasTheSchemaOfAFreshOne() {
        Database former = database();
        formerFiles(former).migrate();
        int applied = history(former).size();
        int later = checksums(sharedFiles(former)).size() - checksums(formerFiles(former)).size();

        try (ConfigurableApplicationContext service = startMigrations(former)) {
            Flyway flyway = service.getBean(Flyway.class);
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(LegacyChecksums.acceptIn(flyway)).as("a second start finds nothing left to accept").isZero();
        }

        Database fresh = database();
        sharedFiles(fresh).migrate();
        assertThat(later).as("versions written after the shared location").isPositive();
        assertThat(history(former)).hasSize(applied + later).isEqualTo(history(fresh));
        assertThat(schemaOf(jdbc(former))).isEqualTo(schemaOf(jdbc(fresh)));
    }

    @Test
    void freshDatabasesBuiltByTheSharedFilesAndByTheFormerFilesHaveTheSameSchema() {
        Database shared = database();
        Database former = database();
        sharedFiles(shared, LAST_FORMER_VERSION).migrate();
        formerFiles(former).migrate();

        assertThat(schemaOf(jdbc(shared))).isNotEmpty().isEqualTo(schemaOf(jdbc(former)));
    }

    @Test
    void rowsWithEpochMillisecondTimesKeepTheirInstantsAndHoldWhatTheServiceWritesNow() {
        Database database = database();
        sharedFiles(database, LAST_FORMER_VERSION).migrate();
        JdbcTemplate jdbc = jdbc(database);
        for (TimeColumnRows table : TimeColumnRows.ALL) {
            table.write(jdbc, table.table() + "-0", 0, false);
            table.write(jdbc, table.table() + "-1", 1, false);
        }
        table("llm_calls").write(jdbc, "llm_calls-gone", 1, false);
        long goneId = jdbc.queryForObject("SELECT id FROM llm_calls WHERE request_id = 'llm_calls-gone'", Long.class);
        jdbc.update("DELETE FROM llm_calls WHERE id = ?", goneId);
        List<String> indexes = indexesOf(jdbc);

        try (ConfigurableApplicationContext service = startMigrations(database)) {
            assertThat(service.getBean(Flyway.class).info().pending()).isEmpty();
        }

        assertThat(indexesOf(jdbc)).isEqualTo(indexes);
        for (TimeColumnRows table : TimeColumnRows.ALL) {
            table.write(jdbc, table.table() + "-fresh", 1, true);
            for (int column = 0; column < table.times().size(); column++) {
                String name = table.table() + "." + table.times().get(column);
                for (int row = 0; row < 2; row++) {
                    Long millis = table.millis(row, column);
                    assertThat(table.read(jdbc, table.table() + "-" + row, table.times().get(column))).as(name)
                            .isEqualTo(millis == null ? null : Instant.ofEpochMilli(millis));
                }
                assertThat(table.stored(jdbc, table.table() + "-1", table.times().get(column)))
                        .as("%s converted as the service writes it", name)
                        .isEqualTo(table.stored(jdbc, table.table() + "-fresh", table.times().get(column)));
            }
            String first = table.times().get(0);
            Instant time = Instant.ofEpochMilli(table.millis(1, 0));
            assertThat(count(jdbc, table, first + " >= ?", TimeColumns.bind(time))).as(first).isEqualTo(2);
            assertThat(count(jdbc, table, first + " > ?", TimeColumns.bind(time.minusMillis(1)))).as(first).isEqualTo(2);
            assertThat(count(jdbc, table, first + " < ?", TimeColumns.bind(time))).as(first).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT id FROM llm_calls WHERE request_id = 'llm_calls-fresh'", Long.class))
                .as("ids are not handed out twice").isGreaterThan(goneId);
    }

    @Test
    void everyTimeColumnIsATimestampWithTimeZoneButTheOneBucket4jWrites() {
        Database database = database();
        sharedFiles(database).migrate();

        Map<String, String> times = columnTypes(jdbc(database)).entrySet().stream()
                .filter(column -> column.getKey().matches(".*\\.(\\w+_at|first_seen|last_seen)"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(times).containsKeys("jobs.first_seen", "llm_calls.started_at", "log_events.logged_at",
                "alert_incidents.resolved_at");
        times.forEach((column, type) -> assertThat(type).as(column).isEqualToIgnoringCase(
                column.equals("rate_limit_buckets.expires_at") ? "bigint" : "timestamp with time zone"));
    }

    @Test
    void aHistoryRowWithAChecksumNotListedStillFailsValidation() {
        Database former = database();
        formerFiles(former).migrate();
        jdbc(former).update("UPDATE flyway_schema_history SET checksum = 42 WHERE version = '2'");

        assertThatThrownBy(() -> startMigrations(former).close()).hasRootCauseInstanceOf(FlywayValidateException.class);
    }

    @Test
    void theListedFormerChecksumsAreThoseOfTheFormerFilesAndTheVendorFilesKeepTheirs() {
        Database empty = database();
        Map<String, Integer> former = checksums(formerFiles(empty));
        Map<String, Integer> shared = checksums(sharedFiles(empty));

        assertThat(shared.keySet()).containsAll(former.keySet());
        shared.keySet().stream().filter(version -> !former.containsKey(version)).forEach(version ->
                assertThat(LegacyChecksums.BY_VERSION).as("V%s, written after the shared location", version)
                        .doesNotContainKey(version));
        former.forEach((version, checksum) -> {
            Set<Integer> listed = LegacyChecksums.BY_VERSION.get(version);
            if (listed == null) {
                assertThat(shared.get(version)).as("V%s, a vendor file", version).isEqualTo(checksum);
            } else {
                assertThat(listed).as("V%s", version).contains(checksum);
            }
        });
    }

    Database database() {
        return newDatabase("schema_" + DATABASES.incrementAndGet());
    }

    private Flyway formerFiles(Database database) {
        return Flyway.configure().dataSource(database.dataSource())
                .locations(FormerMigrationFiles.location(vendor())).load();
    }

    private Flyway sharedFiles(Database database) {
        return sharedFiles(database, "latest");
    }

    /** Today's files up to {@code target} (a version, or {@code latest}). */
    Flyway sharedFiles(Database database, String target) {
        return Flyway.configure().dataSource(database.dataSource()).target(target)
                .locations(vendor().locations()).placeholders(vendor().placeholders()).load();
    }

    static ConfigurableApplicationContext startMigrations(Database database) {
        String dataDir;
        try {
            dataDir = Files.createTempDirectory("careergpt-schema-").toString();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new SpringApplicationBuilder(MigrationsOnly.class).web(WebApplicationType.NONE).run(
                "--careergpt.data-dir=" + dataDir,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=" + database.poolSize());
    }

    private List<String> indexesOf(JdbcTemplate jdbc) {
        return schemaOf(jdbc).stream().filter(line -> line.startsWith("index")).toList();
    }

    private static TimeColumnRows table(String name) {
        return TimeColumnRows.ALL.stream().filter(table -> table.table().equals(name)).findFirst().orElseThrow();
    }

    private static long count(JdbcTemplate jdbc, TimeColumnRows table, String condition, Object value) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table.table() + " WHERE " + condition, Long.class, value);
    }

    /** Each version's checksum; null for a Java migration, which has none. */
    private static Map<String, Integer> checksums(Flyway flyway) {
        Map<String, Integer> checksums = new HashMap<>();
        Arrays.stream(flyway.info().all())
                .forEach(migration -> checksums.put(migration.getVersion().getVersion(), migration.getChecksum()));
        return checksums;
    }

    private static List<String> history(Database database) {
        return jdbc(database).query(
                "SELECT version, description, type, script, checksum, success FROM flyway_schema_history ORDER BY installed_rank",
                (row, rowNum) -> String.join(" | ", row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6)));
    }

    static JdbcTemplate jdbc(Database database) {
        return new JdbcTemplate(database.dataSource());
    }
}
