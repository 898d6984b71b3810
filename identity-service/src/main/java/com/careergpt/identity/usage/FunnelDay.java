package com.careergpt.identity.usage;

import java.time.LocalDate;

/**
 * The identities that became guests on one UTC day, and how many of them have reached each later state so far.
 */
public record FunnelDay(LocalDate day, long guests, long emailCollected, long verified, long members) {
}
