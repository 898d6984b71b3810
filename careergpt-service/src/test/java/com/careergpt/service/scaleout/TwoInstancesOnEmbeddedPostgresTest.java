package com.careergpt.service.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.careergpt.identity.support.PostgresDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The two-instance checks on embedded PostgreSQL (binaries from Maven Central; runs everywhere, no Docker). */
class TwoInstancesOnEmbeddedPostgresTest extends TwoInstancesChecks {

    private final EmbeddedPostgres postgres = PostgresDatabase.startEmbedded();

    @Override
    PostgresDatabase server() {
        return PostgresDatabase.of(postgres);
    }

    @Override
    void stopServer() {
        try {
            postgres.close();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
