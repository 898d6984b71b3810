package com.careergpt.service.scaleout;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import com.careergpt.identity.support.PostgresDatabase;

/** The two-instance checks against the PostgreSQL image of docker-compose.yml; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class TwoInstancesOnPostgresContainerTest extends TwoInstancesChecks {

    @Container
    private static final PostgreSQLContainer POSTGRES = PostgresDatabase.container();

    @Override
    PostgresDatabase server() {
        return PostgresDatabase.of(POSTGRES);
    }
}
