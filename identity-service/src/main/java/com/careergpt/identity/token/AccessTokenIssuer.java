package com.careergpt.identity.token;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.careergpt.identity.user.User;
import com.careergpt.identity.user.EmailAddresses;
import com.careergpt.common.jwt.AccessTokenClaims;
import com.careergpt.common.jwt.AccessTokens;

import org.springframework.stereotype.Component;

/** Signs the access token of a verified user; the role comes from the configured admin emails. */
@Component
public class AccessTokenIssuer {

    private final AccessTokens tokens;
    private final TokenProperties properties;
    private final Set<String> adminEmails;

    AccessTokenIssuer(AccessTokens tokens, TokenProperties properties) {
        if (properties.accessTokenTtl().compareTo(tokens.maxLifetime()) > 0) {
            throw new IllegalStateException("careergpt.identity.token.access-token-ttl (" + properties.accessTokenTtl()
                    + ") exceeds the longest lifetime verifiers accept, careergpt.jwt.max-access-token-lifetime ("
                    + tokens.maxLifetime() + ", JWT_MAX_ACCESS_TOKEN_LIFETIME): raise that in both services");
        }
        this.tokens = tokens;
        this.properties = properties;
        this.adminEmails = properties.adminEmails().stream()
                .filter(email -> !email.isBlank())
                .map(AccessTokenIssuer::storedForm)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The configured address as a user's address is stored, so that {@code admin@bücher.de} matches too. */
    private static String storedForm(String email) {
        return EmailAddresses.isValid(email) ? EmailAddresses.normalize(email) : email.strip().toLowerCase(Locale.ROOT);
    }

    public IssuedToken issue(User user) {
        String role = user.getEmail() != null && adminEmails.contains(user.getEmail())
                ? AccessTokenClaims.ROLE_ADMIN : AccessTokenClaims.ROLE_USER;
        AccessTokens.SignedToken token = tokens.issue(user.getId(), user.getState().apiName(), role,
                properties.accessTokenTtl());
        return new IssuedToken(token.value(), token.expiresAt(), user.getState().apiName(), user.getId(), role);
    }

    /** The body of a successful verify or refresh: {@code {token, expiresAt, state}}. */
    public record IssuedToken(String token, Instant expiresAt, String state, String userId, String role) {
    }
}
