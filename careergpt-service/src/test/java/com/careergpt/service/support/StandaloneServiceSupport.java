package com.careergpt.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.careergpt.identity.support.PostgresDatabase;

/**
 * Settings for a careergpt-service started without an identity-service (its base URL points at a closed port):
 * a fresh data directory, the test JWT secret and internal token, and optionally a PostgreSQL database.
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

    /** A standalone service on the given PostgreSQL database (resolved when the context starts). */
    public static void onPostgres(DynamicPropertyRegistry registry, Supplier<PostgresDatabase> database) {
        standaloneProperties(registry);
        PostgresDatabase.register(registry, database);
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("careergpt-service-").toString();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
