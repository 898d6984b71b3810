package com.careergpt.identity.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The internal API that careergpt-service calls.
 *
 * @param serviceToken shared secret sent as {@code X-Internal-Token} ({@code INTERNAL_SERVICE_TOKEN})
 */
@Validated
@ConfigurationProperties("careergpt.identity.internal")
public record InternalApiProperties(
        @NotBlank(message = "INTERNAL_SERVICE_TOKEN must be set (./careergpt up generates one in .env)")
        @Size(min = 32, message = "INTERNAL_SERVICE_TOKEN must have at least 32 characters") String serviceToken) {
}
