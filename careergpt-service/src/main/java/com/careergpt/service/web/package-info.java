/**
 * Serves the web-ui module's pages ({@code /} and {@code /admin}).
 */
@ApplicationModule(displayName = "Web UI", allowedDependencies = {})
package com.careergpt.service.web;

import org.springframework.modulith.ApplicationModule;
