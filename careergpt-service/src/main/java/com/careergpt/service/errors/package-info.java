/**
 * Server-side failures grouped by fingerprint, counted across instances, and the admin API that lists them.
 */
@ApplicationModule(displayName = "Error reports", allowedDependencies = {})
package com.careergpt.service.errors;

import org.springframework.modulith.ApplicationModule;
