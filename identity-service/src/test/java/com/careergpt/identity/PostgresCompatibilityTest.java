package com.careergpt.identity;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same migrations and queries on PostgreSQL (embedded, from Maven Central; no Docker needed). */
class PostgresCompatibilityTest extends IdentityServiceTest {

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
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        // Flyway holds a second connection for its advisory lock on PostgreSQL.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
        registry.add("spring.jpa.database-platform", () -> "org.hibernate.dialect.PostgreSQLDialect");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void theWholeFlowRunsOnPostgres(CapturedOutput output) {
        TestHttp device = newDevice();
        TestHttp.Response verified = signUp(device, output, "postgres.user@example.com");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(device.post("/auth/refresh", null).status()).isEqualTo(200);

        TestHttp guest = newDevice();
        guest.post("/auth/guest", null);
        String body = json("identity", guest.cookie("identity_id").orElseThrow());
        assertThat(guest.post("/internal/guest-actions/claims", body, internalToken()).status()).isEqualTo(201);
        assertThat(guest.post("/internal/guest-actions/claims", body, internalToken()).status()).isEqualTo(409);
    }
}
