package com.careergpt.identity;

import com.careergpt.identity.support.PostgresDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link IdentityPostgresChecks} on embedded PostgreSQL (binaries from Maven Central, no Docker). */
class IdentityOnEmbeddedPostgresTest extends IdentityPostgresChecks {

    private static final EmbeddedPostgres POSTGRES = PostgresDatabase.startEmbedded();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, () -> PostgresDatabase.of(POSTGRES));
    }
}
