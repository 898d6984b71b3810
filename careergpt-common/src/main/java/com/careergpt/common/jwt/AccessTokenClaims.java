package com.careergpt.common.jwt;

import java.time.Instant;

/**
 * What an access token says about its bearer.
 *
 * @param subject the user id
 * @param state the user's state when the token was issued (verified or member)
 * @param role {@code user} or {@code admin}
 */
public record AccessTokenClaims(String subject, String state, String role, String tokenId, Instant issuedAt,
        Instant expiresAt) {

    public static final String ROLE_ADMIN = "admin";
    public static final String ROLE_USER = "user";

    public boolean isAdmin() {
        return ROLE_ADMIN.equals(role);
    }
}
