package com.careergpt.service.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How access tokens are checked: the same secrets and issuer as identity-service's.
 *
 * @param secret base64 HS256 secret, at least 256 bits ({@code JWT_SECRET})
 * @param previousSecrets secrets still accepted during a rotation ({@code JWT_PREVIOUS_SECRETS})
 */
@Validated
@ConfigurationProperties("careergpt.security.jwt")
public record JwtProperties(
        String secret,
        @DefaultValue List<String> previousSecrets,
        @DefaultValue("careergpt-identity") @NotBlank String issuer) {
}
