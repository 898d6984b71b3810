package com.careergpt.service.scraping.fetch;

/** Why a URL could not be fetched; {@link FetchException#getMessage()} carries the human-readable reason. */
public enum FetchFailure {
    INVALID_URL,
    BLOCKED_ADDRESS,
    ROBOTS_DISALLOWED,
    UNREACHABLE,
    TIMEOUT,
    TOO_MANY_REDIRECTS,
    TOO_LARGE,
    HTTP_ERROR,
    RATE_LIMITED,
    NOT_HTML,
    BROWSER_UNAVAILABLE
}
