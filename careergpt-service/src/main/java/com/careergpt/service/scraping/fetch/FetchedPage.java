package com.careergpt.service.scraping.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * A page as fetched: the URL asked for, the URL the body came from after redirects, the HTTP status, the content
 * type, the decoded body, which fetcher got it ({@code static} or {@code browser}) and when.
 */
public record FetchedPage(
        URI requestedUrl,
        URI finalUrl,
        int status,
        String contentType,
        String body,
        String fetcher,
        Instant fetchedAt) {
}
