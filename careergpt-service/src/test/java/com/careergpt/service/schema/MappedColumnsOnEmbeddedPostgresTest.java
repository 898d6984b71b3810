package com.careergpt.service.schema;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.PostgresDatabase;
import com.careergpt.service.support.StandaloneServiceSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** {@link MappedColumnsChecks} on embedded PostgreSQL (binaries from Maven Central, no Docker). */
class MappedColumnsOnEmbeddedPostgresTest extends MappedColumnsChecks {

    static final EmbeddedPostgres POSTGRES = PostgresDatabase.startEmbedded();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.onPostgres(registry, () -> PostgresDatabase.of(POSTGRES));
    }
}
