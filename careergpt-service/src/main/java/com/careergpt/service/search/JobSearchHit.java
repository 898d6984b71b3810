package com.careergpt.service.search;

import com.careergpt.service.scraping.jobs.JobView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/** A stored job found by meaning, with how close it is to the query. */
public record JobSearchHit(
        @Schema(description = "Cosine similarity of the job's and the query's embeddings: -1..1, higher is closer")
        double similarity,
        @JsonUnwrapped JobView job) {
}
