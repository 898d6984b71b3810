package com.careergpt.service.scraping.collect;

import java.util.Locale;

/** A collection waits in the queue, runs, then is done (per-source failures are items' outcomes, not its status). */
enum CollectionStatus {
    QUEUED, RUNNING, DONE;

    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
