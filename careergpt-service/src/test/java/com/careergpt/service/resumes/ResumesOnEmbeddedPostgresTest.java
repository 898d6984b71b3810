package com.careergpt.service.resumes;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.PostgresDatabase;
import com.careergpt.service.support.StandaloneServiceSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** {@link ResumesPostgresChecks} on embedded PostgreSQL (binaries from Maven Central, no Docker). */
class ResumesOnEmbeddedPostgresTest extends ResumesPostgresChecks {

    static final EmbeddedPostgres POSTGRES = PostgresDatabase.startEmbedded();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.onPostgres(registry, () -> PostgresDatabase.of(POSTGRES));
    }
}
