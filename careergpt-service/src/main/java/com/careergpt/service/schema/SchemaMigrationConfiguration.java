package com.careergpt.service.schema;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway as {@code spring.flyway.*} sets it up (locations {@code common} and {@code {vendor}}), plus the type words
 * of the database it runs on, and a history written by the former per-vendor files accepted before it migrates.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigrationConfiguration {

    @Bean
    FlywayConfigurationCustomizer vendorPlaceholders() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.putAll(SchemaVendor.of(configuration.getDataSource()).placeholders());
            configuration.placeholders(placeholders);
        };
    }

    @Bean
    FlywayMigrationStrategy migrationAcceptingLegacyChecksums() {
        return flyway -> {
            LegacyChecksums.acceptIn(flyway);
            flyway.migrate();
        };
    }
}
