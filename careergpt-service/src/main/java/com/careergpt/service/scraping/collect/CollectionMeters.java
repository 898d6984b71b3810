package com.careergpt.service.scraping.collect;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.careergpt.service.scraping.fetch.FetchFailure;

/**
 * Collections' counters: {@code careergpt.collections} (finished, by trigger), {@code careergpt.collection.items}
 * (their sources by outcome) and {@code careergpt.extraction.misses} (sources that gave no job, by reason).
 */
@Component
class CollectionMeters {

    /** Why a source gave no job: a closed set, so that it can be a tag. */
    enum Miss {
        NO_JOB_ON_PAGE, NO_JOB_IN_HTML, NO_JOB_IN_TEXT, NO_BROWSER, FEED_EMPTY, FEED_NO_MATCH, FEED_ENTRY_UNTITLED,
        INTERNAL_ERROR;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final MeterRegistry meters;

    CollectionMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void completed(CollectionCompleted completed) {
        Counter.builder("careergpt.collections").description("Collections finished, by what started them")
                .tag("trigger", completed.sourceId() == null ? "request" : "saved-source")
                .register(meters).increment();
        CollectionCounts counts = completed.counts();
        items(ItemOutcome.STORED, counts.stored());
        items(ItemOutcome.DUPLICATE, counts.duplicate());
        items(ItemOutcome.UNCHANGED, counts.unchanged());
        items(ItemOutcome.NO_JOB, counts.noJob());
        items(ItemOutcome.FAILED, counts.failed());
    }

    void missed(Miss reason) {
        miss(reason.tag());
    }

    void failed(FetchFailure failure) {
        miss("fetch-" + failure.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private void miss(String reason) {
        Counter.builder("careergpt.extraction.misses")
                .description("Collected sources that gave no job posting, by reason (no job found, fetch failures...)")
                .tag("reason", reason).register(meters).increment();
    }

    private void items(ItemOutcome outcome, int count) {
        Counter.builder("careergpt.collection.items").description("Sources of finished collections, by outcome")
                .tag("outcome", outcome.json().replace('_', '-')).register(meters).increment(count);
    }
}
