package com.careergpt.service.scraping.jobs;

import java.time.Instant;

/** What a posting was extracted from: a fetched page, a feed item or pasted input. */
public record RawContent(String fetchedUrl, String contentType, String body, Instant fetchedAt) {
}
