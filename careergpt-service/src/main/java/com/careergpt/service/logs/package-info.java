/**
 * The admin API over the service's log lines: search, tail, and the lines of one request.
 */
@ApplicationModule(displayName = "Log search", allowedDependencies = { "gateway", "requestlog" })
package com.careergpt.service.logs;

import org.springframework.modulith.ApplicationModule;
