package com.careergpt.service.scraping.collect;

import java.util.List;

/** How a collection's items ended, with the ids of the jobs it stored new. */
public record CollectionCounts(int total, int stored, int duplicate, int unchanged, int noJob, int failed,
        List<String> storedJobIds) {

    static CollectionCounts of(List<CollectionItem> items) {
        int stored = 0;
        int duplicate = 0;
        int unchanged = 0;
        int noJob = 0;
        int failed = 0;
        for (CollectionItem item : items) {
            if (item.outcome() == null) {
                continue;
            }
            switch (item.outcome()) {
                case STORED -> stored++;
                case DUPLICATE -> duplicate++;
                case UNCHANGED -> unchanged++;
                case NO_JOB -> noJob++;
                case FAILED -> failed++;
            }
        }
        List<String> storedJobIds = items.stream().filter(item -> item.outcome() == ItemOutcome.STORED)
                .map(CollectionItem::jobId).toList();
        return new CollectionCounts(items.size(), stored, duplicate, unchanged, noJob, failed, storedJobIds);
    }
}
