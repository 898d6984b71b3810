/**
 * Access tokens for verified users, rotating refresh tokens, {@code /auth/refresh} and {@code /auth/logout}.
 */
@ApplicationModule(displayName = "Tokens")
package com.careergpt.identity.token;

import org.springframework.modulith.ApplicationModule;
