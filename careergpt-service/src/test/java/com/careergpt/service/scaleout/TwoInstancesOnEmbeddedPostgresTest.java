package com.careergpt.service.scaleout;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;

import com.careergpt.service.support.StandaloneServiceSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The two-instance checks on embedded PostgreSQL (binaries from Maven Central; runs everywhere, no Docker). */
class TwoInstancesOnEmbeddedPostgresTest extends TwoInstancesChecks {

    private final EmbeddedPostgres postgres = StandaloneServiceSupport.startPostgres();

    @Override
    String jdbcUrl(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    String username() {
        return "postgres";
    }

    @Override
    String password() {
        return "";
    }

    @AfterAll
    void stopPostgres() throws IOException {
        postgres.close();
    }
}
