package com.careergpt.service.scraping.collect;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What to collect: exactly one of a URL, a list of URLs, a pasted HTML page or pasted text. */
@Schema(description = "Exactly one of url, urls, html, text. render: auto (default), static or browser.")
public record CollectRequest(
        @Schema(example = "https://boards.greenhouse.io/acme/jobs/123") String url,
        List<String> urls,
        String html,
        String text,
        @Schema(allowableValues = {"auto", "static", "browser"}) String render) {
}
