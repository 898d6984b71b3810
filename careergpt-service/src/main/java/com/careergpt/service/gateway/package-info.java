/**
 * The gateway to identity-service: {@code /auth/**} forwarded to it, its internal API (guest cookies, free actions,
 * reports) and the list of revoked tokens.
 */
@ApplicationModule(displayName = "Gateway to identity-service", allowedDependencies = {})
package com.careergpt.service.gateway;

import org.springframework.modulith.ApplicationModule;
