package com.careergpt.service.gateway;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's view of identity-service and its own limits.
 *
 * @param identityBaseUrl where identity-service answers ({@code IDENTITY_BASE_URL})
 * @param internalServiceToken sent as {@code X-Internal-Token} ({@code INTERNAL_SERVICE_TOKEN})
 * @param userRequestsPerMinute actions one verified user may start per minute
 * @param maxForwardedBodyBytes largest request body forwarded to {@code /auth/**}
 * @param revocationRefresh how often the list of revoked access tokens is fetched from identity-service: a token
 *        revoked by sign-out or deletion is refused here at most this long (plus one request) later
 *
 * @param identityConnectTimeout time to connect to identity-service
 * @param identityReadTimeout time identity-service may take to answer
 */
@Validated
@ConfigurationProperties("careergpt.gateway")
public record GatewayProperties(
        @NotNull URI identityBaseUrl,
        @NotBlank(message = "INTERNAL_SERVICE_TOKEN must be set (./careergpt up generates one in .env)")
        @Size(min = 32, message = "INTERNAL_SERVICE_TOKEN must have at least 32 characters") String internalServiceToken,
        @DefaultValue("2s") Duration identityConnectTimeout,
        @DefaultValue("5s") Duration identityReadTimeout,
        @DefaultValue("60") @Positive int userRequestsPerMinute,
        @DefaultValue("65536") @Positive int maxForwardedBodyBytes,
        @DefaultValue("5s") @NotNull Duration revocationRefresh) {
}
