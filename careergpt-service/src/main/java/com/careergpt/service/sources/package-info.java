/**
 * Saved sources collected on a schedule or by a signed inbound hook, their runs and analyses, and the outgoing webhooks
 * notified when a run completes.
 */
@ApplicationModule(displayName = "Sources and webhooks", allowedDependencies = {
        "llm",
        "llm :: api",
        "scraping :: collect",
        "scraping :: fetch",
        "security"
})
package com.careergpt.service.sources;

import org.springframework.modulith.ApplicationModule;
