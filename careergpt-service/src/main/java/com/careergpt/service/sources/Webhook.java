package com.careergpt.service.sources;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A URL a user wants events POSTed to: all of its own, or one source's. */
@Entity
@Table(name = "webhooks")
class Webhook extends OwnedWithSecret {

    private String sourceId;

    @Column(nullable = false)
    private String url;

    /** Event names, comma-separated. */
    @Column(nullable = false)
    private String events;

    protected Webhook() {
    }

    Webhook(String id, String userId, String sourceId, String url, List<String> events, String secret,
            Instant createdAt) {
        super(id, userId, secret, createdAt);
        this.sourceId = sourceId;
        this.url = url;
        this.events = String.join(",", events);
    }

    String sourceId() {
        return sourceId;
    }

    String url() {
        return url;
    }

    List<String> events() {
        return Arrays.asList(events.split(","));
    }

    /** Whether an event of this user (and source, if any) goes to this webhook. */
    boolean wants(String event, String eventSourceId) {
        return events().contains(event) && (sourceId == null || sourceId.equals(eventSourceId));
    }
}
