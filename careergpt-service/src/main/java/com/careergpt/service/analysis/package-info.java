/**
 * Stored jobs and resumes as inputs of an analysis ({@code jobId}, {@code resumeId}): implements the llm module's
 * {@code AnalysisInputs} over the job and resume stores, so llm depends on neither.
 */
@ApplicationModule(displayName = "Stored analysis inputs", allowedDependencies = {
        "llm",
        "llm :: api",
        "resumes",
        "scraping :: jobs"
})
package com.careergpt.service.analysis;

import org.springframework.modulith.ApplicationModule;
