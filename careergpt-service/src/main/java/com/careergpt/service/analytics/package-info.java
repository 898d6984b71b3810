/**
 * Market analytics over the stored jobs: salary, skill, location and remote-work reports, their CSV export and warm-up.
 * Everything lives in {@code market}, the interface the MCP tools use.
 */
@ApplicationModule(displayName = "Market analytics", allowedDependencies = {
        "scraping",
        "scraping :: jobs",
        "security",
        "skills"
})
package com.careergpt.service.analytics;

import org.springframework.modulith.ApplicationModule;
