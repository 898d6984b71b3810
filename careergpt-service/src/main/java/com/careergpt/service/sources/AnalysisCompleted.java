package com.careergpt.service.sources;

import java.time.Instant;
import java.util.List;

/** Published when a source's run has analysed its new posts: one result per stored job. */
record AnalysisCompleted(String userId, String sourceId, String runId, String collectionId, List<Analysis> analyses,
        Instant finishedAt) {

    record Analysis(String jobId, String resultId) {
    }
}
