package com.careergpt.service.llm;

import java.time.Duration;

/** A provider call that failed, classified so the router can decide between falling back and surfacing a bug. */
public class LlmProviderException extends RuntimeException {

    public enum Kind {
        TIMEOUT(true),
        CONNECTION(true),
        RATE_LIMITED(true),
        SERVER_ERROR(true),
        UNAVAILABLE(true),
        INVALID_OUTPUT(true),
        /** A 400-class answer to our own request: a bug to surface, never hidden by a fallback. */
        BAD_REQUEST(false);

        private final boolean fallbackAllowed;

        Kind(boolean fallbackAllowed) {
            this.fallbackAllowed = fallbackAllowed;
        }

        public boolean fallbackAllowed() {
            return fallbackAllowed;
        }
    }

    private final Kind kind;
    private final String provider;
    private final Duration retryAfter;

    public LlmProviderException(Kind kind, String provider, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.provider = provider;
        this.retryAfter = retryAfter;
    }

    public LlmProviderException(Kind kind, String provider, String message) {
        this(kind, provider, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public String provider() {
        return provider;
    }

    /** How long the provider asked us to wait (a 429's Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
