package com.careergpt.service.scraping.jobs;

/** The columns the de-duplication index is rebuilt from at start-up. */
record FingerprintRow(String id, String contentHash, long simhash, String companyKey, String titleKey, String duplicateOf) {
}
