package com.careergpt.service.scraping.jobs;

/**
 * What storing a posting did: {@code stored} (new, or a changed page at a known URL), {@code unchanged} (same URL,
 * same content: only last-seen moved) or {@code duplicate} (kept and linked to {@code duplicateOf}).
 */
public record StoreOutcome(Kind kind, String jobId, String duplicateOf) {

    public enum Kind { STORED, UNCHANGED, DUPLICATE }
}
