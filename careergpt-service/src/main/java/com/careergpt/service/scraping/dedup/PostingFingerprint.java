package com.careergpt.service.scraping.dedup;

/**
 * What de-duplication knows of a posting, in the form the job store persists and reloads: the SHA-256 hex of its
 * normalized title, company key and description ({@code contentHash}); the 64-bit similarity hash of its title and
 * description sentences ({@code simhash}, a one-bit MinHash signature, see {@link SimilarityHash}; persisted as a
 * signed long); the normalized company ({@code companyKey}, null when the posting names none) and the normalized
 * title ({@code titleKey}).
 */
public record PostingFingerprint(String contentHash, long simhash, String companyKey, String titleKey) {

    public PostingFingerprint {
        if (contentHash == null || contentHash.isBlank()) {
            throw new IllegalArgumentException("contentHash is required");
        }
        companyKey = companyKey == null || companyKey.isBlank() ? null : companyKey;
        titleKey = titleKey == null ? "" : titleKey;
    }
}
