package com.careergpt.identity.token;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Lifetimes of access and refresh tokens and who is an admin (the signing secrets are {@code careergpt.jwt.*}).
 *
 * @param accessTokenTtl access token lifetime
 * @param refreshTokenTtl refresh token lifetime
 * @param cookieSecure mark the {@code refresh_token} cookie Secure (true behind HTTPS)
 * @param adminEmails addresses whose tokens carry {@code role=admin} ({@code CAREERGPT_ADMIN_EMAILS})
 */
@Validated
@ConfigurationProperties("careergpt.identity.token")
public record TokenProperties(
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("false") boolean cookieSecure,
        @DefaultValue List<String> adminEmails) {
}
