package com.careergpt.service.scraping.collect;

import java.util.Locale;

/** How one source of a collection ended. */
enum ItemOutcome {
    STORED, DUPLICATE, UNCHANGED, NO_JOB, FAILED;

    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
