package com.careergpt.service.sources;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A URL a user wants events POSTed to: all of its own, or one source's. */
@Entity
@Table(name = "webhooks")
class Webhook {

    @Id
    private String id;

    @Column(nullable = false)
    private String userId;

    private String sourceId;

    @Column(nullable = false)
    private String url;

    /** Event names, comma-separated. */
    @Column(nullable = false)
    private String events;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private Instant createdAt;

    protected Webhook() {
    }

    Webhook(String id, String userId, String sourceId, String url, List<String> events, String secret,
            Instant createdAt) {
        this.id = id;
        this.userId = userId;
        this.sourceId = sourceId;
        this.url = url;
        this.events = String.join(",", events);
        this.secret = secret;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String userId() {
        return userId;
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

    String secret() {
        return secret;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** Whether an event of this user (and source, if any) goes to this webhook. */
    boolean wants(String event, String eventSourceId) {
        return events().contains(event) && (sourceId == null || sourceId.equals(eventSourceId));
    }
}
