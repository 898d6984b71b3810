/**
 * {@code /internal/usage/**} and {@code /internal/logs} for careergpt-service's admin reports.
 */
@ApplicationModule(displayName = "Usage for reports")
package com.careergpt.identity.usage;

import org.springframework.modulith.ApplicationModule;
