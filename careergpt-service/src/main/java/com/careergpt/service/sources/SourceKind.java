package com.careergpt.service.sources;

import java.util.Locale;
import java.util.Optional;

/** What a saved source collects: pages by URL, a job board's feed, or a board feed filtered by search words. */
enum SourceKind {
    URL, FEED, SEARCH;

    String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SourceKind> fromJson(String value) {
        for (SourceKind kind : values()) {
            if (kind.json().equalsIgnoreCase(value.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
