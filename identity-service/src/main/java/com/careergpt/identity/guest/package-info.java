/**
 * {@code POST /auth/guest}, {@code GET /auth/state}, the {@code identity_id} cookie and the per-client-address guest
 * creation limit.
 */
@ApplicationModule(displayName = "Guests")
package com.careergpt.identity.guest;

import org.springframework.modulith.ApplicationModule;
