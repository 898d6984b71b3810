package com.careergpt.service.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a semantic job search, best match first. */
public record JobSearchPage(
        List<JobSearchHit> items,
        @Schema(description = "The query as searched") String query,
        @Schema(description = "Embedding model the jobs and the query were compared with") String model,
        int page,
        int size,
        @Schema(description = "True when a next page may hold more results") boolean hasMore) {
}
