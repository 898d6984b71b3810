/**
 * Does a guest's first action once, on a job post shipped with the service, before the service reports itself ready.
 */
@ApplicationModule(displayName = "Warm-up", allowedDependencies = {
        "llm",
        "llm :: builtin",
        "scraping",
        "scraping :: extract",
        "scraping :: fetch"
})
package com.careergpt.service.warmup;

import org.springframework.modulith.ApplicationModule;
