/**
 * The guest's free action: {@code /internal/identities/resolve}, claims and their release.
 */
@ApplicationModule(displayName = "Guest quota")
package com.careergpt.identity.quota;

import org.springframework.modulith.ApplicationModule;
