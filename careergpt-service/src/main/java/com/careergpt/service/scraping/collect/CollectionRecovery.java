package com.careergpt.service.scraping.collect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Resumes the collections a stop interrupted: their pending sources are still stored, so they run again. */
@Component
class CollectionRecovery {

    private static final Logger log = LoggerFactory.getLogger(CollectionRecovery.class);

    private final CollectionRepository collections;
    private final CollectionService service;

    CollectionRecovery(CollectionRepository collections, CollectionService service) {
        this.collections = collections;
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (JobCollection collection : collections.findByStatusNot(CollectionStatus.DONE)) {
            log.info("Resuming collection {} ({} of {} sources done)", collection.id(), collection.done(),
                    collection.total());
            service.start(collection.id());
        }
    }
}
