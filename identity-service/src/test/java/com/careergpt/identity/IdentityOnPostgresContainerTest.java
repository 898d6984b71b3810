package com.careergpt.identity;

import com.careergpt.identity.support.PostgresDatabase;

import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link IdentityPostgresChecks} on the PostgreSQL image of docker-compose.yml; skipped where Docker does not run. */
@Testcontainers(disabledWithoutDocker = true)
class IdentityOnPostgresContainerTest extends IdentityPostgresChecks {

    /** Started by the context that needs it (so never without Docker), stopped at JVM exit by Testcontainers. */
    private static final PostgreSQLContainer POSTGRES = PostgresDatabase.container();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, () -> PostgresDatabase.of(POSTGRES));
    }
}
