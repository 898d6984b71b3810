package com.careergpt.common.jwt;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The access-token secrets and issuer, identical in both services.
 *
 * @param secret base64 HS256 secret of at least 256 bits that signs tokens ({@code JWT_SECRET})
 * @param previousSecrets secrets still accepted while a rotation is under way ({@code JWT_PREVIOUS_SECRETS})
 * @param issuer the {@code iss} claim ({@code JWT_ISSUER})
 * @param maxAccessTokenLifetime longest {@code exp - iat} a verifier accepts; identity-service refuses to start with
 *        a longer access-token lifetime ({@code JWT_MAX_ACCESS_TOKEN_LIFETIME})
 */
@Validated
@ConfigurationProperties("careergpt.jwt")
public record JwtProperties(
        String secret,
        @DefaultValue List<String> previousSecrets,
        @DefaultValue("careergpt-identity") @NotBlank String issuer,
        @DefaultValue("1h") @NotNull Duration maxAccessTokenLifetime) {
}
