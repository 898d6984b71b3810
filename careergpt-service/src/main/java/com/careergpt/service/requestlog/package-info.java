/**
 * One row per API request (who, what, how long, which outcome), written in batches off the request thread.
 */
@ApplicationModule(displayName = "Request log", allowedDependencies = { "errors", "security" })
package com.careergpt.service.requestlog;

import org.springframework.modulith.ApplicationModule;
