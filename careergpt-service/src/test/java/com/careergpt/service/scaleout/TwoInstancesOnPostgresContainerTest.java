package com.careergpt.service.scaleout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The two-instance checks against the PostgreSQL of docker-compose.yml (postgres:17); skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class TwoInstancesOnPostgresContainerTest extends TwoInstancesChecks {

    @Container
    private static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17");

    @Override
    String jdbcUrl(String database) {
        try (Connection connection = DriverManager.getConnection(POSTGRES.getJdbcUrl(), username(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return POSTGRES.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    @Override
    String username() {
        return POSTGRES.getUsername();
    }

    @Override
    String password() {
        return POSTGRES.getPassword();
    }
}
