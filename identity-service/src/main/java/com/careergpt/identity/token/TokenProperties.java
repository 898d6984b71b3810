package com.careergpt.identity.token;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access and refresh tokens.
 *
 * @param secret base64 HS256 secret of at least 256 bits that signs access tokens ({@code JWT_SECRET})
 * @param previousSecrets secrets still accepted while a rotation is under way ({@code JWT_PREVIOUS_SECRETS})
 * @param adminEmails addresses whose tokens carry {@code role=admin} ({@code CAREERGPT_ADMIN_EMAILS})
 */
@Validated
@ConfigurationProperties("careergpt.identity.token")
public record TokenProperties(
        String secret,
        @DefaultValue List<String> previousSecrets,
        @DefaultValue("careergpt-identity") @NotBlank String issuer,
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("false") boolean cookieSecure,
        @DefaultValue List<String> adminEmails) {
}
