package com.careergpt.service.scraping;

import java.time.Instant;

import jakarta.persistence.Embeddable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a posting came from: the source URL (or {@code html}/{@code text} for pasted input), the fetcher
 * ({@code static}, {@code browser}, {@code feed}, {@code inline}), the extractor that found it ({@code json-ld},
 * {@code microdata}, {@code heuristic}, {@code greenhouse}, {@code lever}, {@code llm}) and when it was fetched.
 */
@Embeddable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String source, String fetcher, String extractor, Instant fetchedAt) {
}
