package com.careergpt.service.scraping.jobs;

import java.time.Instant;

/**
 * The stored raw page of a job. Served as JSON, never as HTML: a scraped page must not run its scripts on our origin.
 */
public record RawPageView(String jobId, String fetchedUrl, String contentType, Instant fetchedAt, String body) {
}
