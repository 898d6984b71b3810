package com.careergpt.service.scraping.collect;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What saved sources need from collections: store a run's collection, run it in the caller's (JobRunr) thread, and
 * count its outcomes. Running again a collection that was interrupted continues with its pending items.
 */
@Component
public class Collector {

    private final CollectionService service;
    private final CollectionRunner runner;
    private final CollectionItemRepository items;

    Collector(CollectionService service, CollectionRunner runner, CollectionItemRepository items) {
        this.service = service;
        this.runner = runner;
        this.items = items;
    }

    /** Stores (without running) a collection of the given URLs, feed URLs included, for a saved source. */
    public String create(String userId, String sourceId, List<String> urls, String query) {
        return service.createForSource(userId, sourceId, urls, query);
    }

    public void run(String collectionId) {
        runner.run(collectionId);
    }

    public CollectionCounts counts(String collectionId) {
        return CollectionCounts.of(items.findByCollectionIdOrderByPosition(collectionId));
    }
}
