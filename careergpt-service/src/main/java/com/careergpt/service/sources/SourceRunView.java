package com.careergpt.service.sources;

import java.time.Instant;

/** One run of a saved source, with the counts of its collection and its analysis progress (analysed of toAnalyse). */
public record SourceRunView(String id, String sourceId, String trigger, String status, Instant startedAt,
        Instant finishedAt, String collectionId, int stored, int duplicate, int unchanged, int failed, int analysed,
        int toAnalyse) {

    static SourceRunView of(SourceRun run) {
        return new SourceRunView(run.id(), run.sourceId(), run.trigger().json(), run.status().json(), run.startedAt(),
                run.finishedAt(), run.collectionId(), run.stored(), run.duplicate(), run.unchanged(), run.failed(),
                run.analysed(), run.toAnalyse());
    }
}
