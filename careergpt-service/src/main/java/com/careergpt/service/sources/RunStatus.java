package com.careergpt.service.sources;

import java.util.Locale;

/** A run waits for a worker, runs (collecting, then analysing), then is done. */
enum RunStatus {
    QUEUED, RUNNING, DONE;

    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
