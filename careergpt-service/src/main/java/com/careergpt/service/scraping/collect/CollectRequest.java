package com.careergpt.service.scraping.collect;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What to collect: exactly one of a URL, a list of URLs, a pasted HTML page or pasted text. Pasted HTML or text may
 * come with the {@code url} it was copied from: that address is the posting's source, canonical URL and base for
 * relative links, and is never fetched.
 */
@Schema(description = "Exactly one of url, urls, html, text; html or text may come with the url they were copied from "
        + "(never fetched). render: auto (default), static or browser.")
public record CollectRequest(
        @Schema(example = "https://boards.greenhouse.io/acme/jobs/123") String url,
        List<String> urls,
        String html,
        String text,
        @Schema(allowableValues = {"auto", "static", "browser"}) String render) {
}
