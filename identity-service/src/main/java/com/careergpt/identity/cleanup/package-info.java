/**
 * Deletes guests that never verified an address nor used their free action and were not seen for 30 days.
 */
@ApplicationModule(displayName = "Cleanup")
package com.careergpt.identity.cleanup;

import org.springframework.modulith.ApplicationModule;
