/**
 * Job postings: fetching pages (SSRF-guarded, polite, optionally in a browser), extracting and normalising postings,
 * deduplicating them, collections of URLs and feeds, and the job store. Its base package holds the posting's value
 * types; {@code jobs}, {@code collect}, {@code fetch}, {@code extract} and {@code normalize} are the interfaces
 * other modules use; {@code dedup} and {@code feed} are internal.
 */
@ApplicationModule(displayName = "Job scraping", allowedDependencies = { "security", "skills" })
package com.careergpt.service.scraping;

import org.springframework.modulith.ApplicationModule;
