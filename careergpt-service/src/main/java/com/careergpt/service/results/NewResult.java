package com.careergpt.service.results;

import tools.jackson.databind.JsonNode;

/**
 * An answer to keep: whose it is, which task produced it on which stored job and resume (ids, when they were
 * stored ones), how it was produced, the output, and the grounding check of any rewritten resume text (or null).
 */
public record NewResult(String ownerId, String task, String jobId, String resumeId, String provider, String model,
        String promptVersion, boolean cached, JsonNode output, JsonNode grounding) {
}
