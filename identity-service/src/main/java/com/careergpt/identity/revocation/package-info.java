/**
 * Revoked access tokens and {@code GET /internal/tokens/revocations} for the gateway.
 */
@ApplicationModule(displayName = "Token revocation")
package com.careergpt.identity.revocation;

import org.springframework.modulith.ApplicationModule;
