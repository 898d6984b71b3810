package com.careergpt.service.scraping.collect;

import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/**
 * The JobRunr job of a background collection. Public because JobRunr resolves and invokes it reflectively; a retried
 * attempt (after a failure or a crash of the instance running it) continues with the sources still pending.
 */
@Component
public class CollectionJobs {

    private final CollectionRunner runner;

    CollectionJobs(CollectionRunner runner) {
        this.runner = runner;
    }

    @Job(name = "Collection %0")
    public void run(String collectionId) {
        runner.run(collectionId);
    }
}
