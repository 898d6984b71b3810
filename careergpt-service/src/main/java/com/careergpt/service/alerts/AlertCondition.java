package com.careergpt.service.alerts;

/** A rule's finding for one subject right now: over the threshold or not, with the measured value. */
record AlertCondition(String kind, String subject, double value, double threshold, String message) {

    boolean firing() {
        return value > threshold;
    }
}
