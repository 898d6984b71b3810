package com.careergpt.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL database for tests, on one of two servers that run the same tests: embedded (zonky binaries from
 * Maven Central, no Docker, runs everywhere) or the {@value #IMAGE} container of docker-compose.yml (Testcontainers,
 * where Docker runs; those test classes are skipped elsewhere). Used by both services' tests.
 */
public record PostgresDatabase(String jdbcUrl, String username, String password) {

    /** The image docker-compose.yml runs. */
    public static final String IMAGE = "postgres:17";

    /** An embedded PostgreSQL server; close it after the class. */
    public static EmbeddedPostgres startEmbedded() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * The docker-compose.yml PostgreSQL as a container, not started: a {@code @Container} field, or started by
     * {@link #of(PostgreSQLContainer)} when a context first needs it (Testcontainers removes it at JVM exit).
     */
    public static PostgreSQLContainer container() {
        return new PostgreSQLContainer(IMAGE);
    }

    public static PostgresDatabase of(EmbeddedPostgres server) {
        return new PostgresDatabase(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    public static PostgresDatabase of(PostgreSQLContainer container) {
        if (container.getContainerId() == null) {
            container.start();
        }
        return new PostgresDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    /** Points the service's datasource at the database, resolved when the context starts. */
    public static void register(DynamicPropertyRegistry registry, Supplier<PostgresDatabase> database) {
        registry.add("spring.datasource.url", () -> database.get().jdbcUrl());
        registry.add("spring.datasource.username", () -> database.get().username());
        registry.add("spring.datasource.password", () -> database.get().password());
        // Flyway holds a second connection for its advisory lock on PostgreSQL.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
        registry.add("spring.jpa.database-platform", () -> "org.hibernate.dialect.PostgreSQLDialect");
    }

    /** Creates another database on the same server, as the same user. */
    public PostgresDatabase create(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return new PostgresDatabase(jdbcUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"), username, password);
    }
}
