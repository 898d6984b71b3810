package com.careergpt.service.llm.routing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import com.careergpt.identity.support.PostgresDatabase;
import com.careergpt.service.support.StandaloneServiceSupport;

/** {@link LlmPostgresChecks} on the PostgreSQL image of docker-compose.yml; skipped where Docker does not run. */
@Testcontainers(disabledWithoutDocker = true)
class LlmOnPostgresContainerTest extends LlmPostgresChecks {

    /** Started by the context that needs it (so never without Docker), stopped at JVM exit by Testcontainers. */
    static final PostgreSQLContainer POSTGRES = PostgresDatabase.container();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.onPostgres(registry, () -> PostgresDatabase.of(POSTGRES));
    }
}
