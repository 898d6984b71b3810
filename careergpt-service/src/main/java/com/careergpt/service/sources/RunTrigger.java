package com.careergpt.service.sources;

import java.util.Locale;

/** What started a source's run: its creation, its schedule, the owner's run request, or the signed inbound hook. */
enum RunTrigger {
    SUBMIT, SCHEDULE, MANUAL, HOOK;

    String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
