package com.careergpt.service.scraping.jobs;

import com.careergpt.common.web.ItemPage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of jobs in the shape of every listing ({@link ItemPage}), plus {@code totalItems}: the name
 * {@code GET /api/jobs} gave the total before the listings shared one shape, kept for the clients that read it.
 */
public record JobPage(@JsonUnwrapped ItemPage<JobView> page) {

    /** The same number as {@code total}. */
    @JsonProperty
    @Schema(deprecated = true, description = "The same number as total; read total instead (this alias stays for "
            + "clients written before the listings shared one shape)")
    public long totalItems() {
        return page.total();
    }
}
