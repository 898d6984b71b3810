package com.careergpt.service.scraping.collect;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.careergpt.service.scraping.fetch.RenderMode;

/** A batch of sources a user asked to collect, with its progress. */
@Entity
@Table(name = "collections")
class JobCollection {

    @Id
    private String id;

    @Column(nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CollectionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RenderMode renderMode;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant finishedAt;

    /** The saved source whose run this is, if any. */
    private String sourceId;

    /** Words every feed posting must contain, for a saved search. */
    private String query;

    /** When {@link CollectionCompleted} was published; null while not yet (even if done: see the V9 migration). */
    private Instant announcedAt;

    @Version
    private Long version;

    protected JobCollection() {
    }

    JobCollection(String id, String userId, RenderMode renderMode, int total, Instant createdAt) {
        this(id, userId, renderMode, total, createdAt, null, null);
    }

    JobCollection(String id, String userId, RenderMode renderMode, int total, Instant createdAt, String sourceId,
            String query) {
        this.sourceId = sourceId;
        this.query = query;
        this.id = id;
        this.userId = userId;
        this.renderMode = renderMode;
        this.total = total;
        this.status = CollectionStatus.QUEUED;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String userId() {
        return userId;
    }

    CollectionStatus status() {
        return status;
    }

    RenderMode renderMode() {
        return renderMode;
    }

    int total() {
        return total;
    }

    int done() {
        return done;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    String sourceId() {
        return sourceId;
    }

    String query() {
        return query;
    }

    boolean finished() {
        return status == CollectionStatus.DONE;
    }

    void start() {
        status = CollectionStatus.RUNNING;
    }

    void itemFinished() {
        done++;
    }

    void grow(int extraItems) {
        total += extraItems;
    }

    void finish(Instant now) {
        status = CollectionStatus.DONE;
        finishedAt = now;
    }

    boolean announced() {
        return announcedAt != null;
    }

    void announce(Instant now) {
        announcedAt = now;
    }
}
