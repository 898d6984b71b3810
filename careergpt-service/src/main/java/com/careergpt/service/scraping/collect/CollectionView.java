package com.careergpt.service.scraping.collect;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A collection as the API shows it: {@code {id, status, done, total, items: [...]}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectionView(String id, String status, int done, int total, String render, Instant createdAt,
        Instant finishedAt, List<Item> items) {

    /** One source: {@code outcome} is {@code stored|duplicate|unchanged|no_job|failed}, or null while pending. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String url, String via, String outcome, String jobId, String duplicateOf, String reason) {
    }

    static CollectionView of(JobCollection collection, List<CollectionItem> items) {
        return new CollectionView(collection.id(), collection.status().json(), collection.done(), collection.total(),
                collection.renderMode().json(), collection.createdAt(), collection.finishedAt(),
                items.stream().map(item -> new Item(item.source(), item.via(),
                        item.outcome() == null ? null : item.outcome().json(), item.jobId(), item.duplicateOf(),
                        item.reason())).toList());
    }

    public boolean finished() {
        return "done".equals(status);
    }
}
