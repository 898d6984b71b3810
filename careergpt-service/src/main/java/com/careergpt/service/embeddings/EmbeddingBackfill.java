package com.careergpt.service.embeddings;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Embeds stored jobs that have no vector of the current model (after a model change, or when embedding failed at
 * ingestion) once the service is ready and then every {@code careergpt.embeddings.backfill-interval}, and loads the
 * search index so the first search does not pay for it.
 */
@Component
class EmbeddingBackfill {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingBackfill.class);
    private static final int BATCH = 256;

    private final JobVectors jobs;
    private final EmbeddingProperties properties;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedding-backfill");
        thread.setDaemon(true);
        return thread;
    });

    EmbeddingBackfill(JobVectors jobs, EmbeddingProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long interval = properties.backfillInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::run, 0, interval, TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            int total = 0;
            for (int done = jobs.backfill(BATCH); done > 0; done = jobs.backfill(BATCH)) {
                total += done;
            }
            if (total > 0) {
                log.info("Embedded {} stored jobs with {}", total, jobs.model());
            }
            jobs.size();
        } catch (RuntimeException failure) {
            log.warn("Embedding backfill failed; next try in {}: {}", properties.backfillInterval(), failure.toString());
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
