package com.careergpt.service.scraping.collect;

import java.time.Instant;

/**
 * Published (as a Spring application event) once a collection is done, after its last item was committed.
 *
 * @param sourceId the saved source whose run it was, or null for a collection asked for directly
 */
public record CollectionCompleted(String collectionId, String userId, String sourceId, CollectionCounts counts,
        Instant finishedAt) {
}
