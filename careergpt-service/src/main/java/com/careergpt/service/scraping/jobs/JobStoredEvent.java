package com.careergpt.service.scraping.jobs;

/**
 * Published after a job's transaction committed when its content is new or changed (not for an unchanged page),
 * on the thread that stored it: listeners such as the embedding store finish before the collection moves on.
 */
public record JobStoredEvent(String jobId) {
}
