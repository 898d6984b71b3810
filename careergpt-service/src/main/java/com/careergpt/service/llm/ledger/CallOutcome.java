package com.careergpt.service.llm.ledger;

import java.util.Locale;

/**
 * How one ledger row ended: {@code ok} gave the answer (or a cache hit did); {@code fallback} failed and the
 * router went on (a repair call or the next route); {@code error} failed and nothing was tried after it.
 */
public enum CallOutcome {
    OK,
    FALLBACK,
    ERROR;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
