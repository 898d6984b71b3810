package com.careergpt.identity;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link IdentityPostgresChecks} on embedded PostgreSQL (binaries from Maven Central, no Docker). */
class IdentityOnEmbeddedPostgresTest extends IdentityPostgresChecks {

    private static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        onPostgres(registry, () -> new Database(POSTGRES.getJdbcUrl("postgres", "postgres"), "postgres", ""));
    }
}
