package com.careergpt.common.security;

import com.careergpt.common.jwt.AccessTokenClaims;

/** Tokens that verify but were withdrawn (their user signed out or was deleted) before they expire. */
@FunctionalInterface
public interface RevokedTokens {

    /** Nothing revoked: for a service that has no source of revocations. */
    RevokedTokens NONE = claims -> false;

    boolean isRevoked(AccessTokenClaims claims);
}
