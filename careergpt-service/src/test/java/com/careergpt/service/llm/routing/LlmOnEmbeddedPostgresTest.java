package com.careergpt.service.llm.routing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.PostgresDatabase;
import com.careergpt.service.support.StandaloneServiceSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** {@link LlmPostgresChecks} on embedded PostgreSQL (binaries from Maven Central, no Docker). */
class LlmOnEmbeddedPostgresTest extends LlmPostgresChecks {

    static final EmbeddedPostgres POSTGRES = PostgresDatabase.startEmbedded();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.onPostgres(registry, () -> PostgresDatabase.of(POSTGRES));
    }
}
