package com.careergpt.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Settings for a careergpt-service started without an identity-service (its base URL points at a closed port):
 * a fresh data directory, the test JWT secret and internal token, and optionally an embedded PostgreSQL.
 */
public final class StandaloneServiceSupport {

    private StandaloneServiceSupport() {
    }

    public static void standaloneProperties(DynamicPropertyRegistry registry) {
        String dataDir = tempDir();
        registry.add("careergpt.data-dir", () -> dataDir);
        registry.add("careergpt.jwt.secret", () -> GatewayTestSupport.JWT_SECRET);
        registry.add("careergpt.gateway.internal-service-token", () -> GatewayTestSupport.INTERNAL_TOKEN);
        registry.add("careergpt.gateway.identity-base-url", () -> "http://127.0.0.1:9");
    }

    /** An embedded PostgreSQL (zonky, from Maven Central, no Docker); close it after the class. */
    public static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static void postgresProperties(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
        registry.add("spring.jpa.database-platform", () -> "org.hibernate.dialect.PostgreSQLDialect");
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("careergpt-service-").toString();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
