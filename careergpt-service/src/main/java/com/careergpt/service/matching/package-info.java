/**
 * Matches a resume with a job (local ATS score, then a model's explanation) and ranks the stored jobs for a resume.
 */
@ApplicationModule(displayName = "Resume matching", allowedDependencies = {
        "embeddings",
        "grounding",
        "llm",
        "llm :: api",
        "results",
        "resumes",
        "scraping",
        "scraping :: jobs",
        "search",
        "security",
        "skills"
})
package com.careergpt.service.matching;

import org.springframework.modulith.ApplicationModule;
