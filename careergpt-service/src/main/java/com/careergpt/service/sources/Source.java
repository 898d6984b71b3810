package com.careergpt.service.sources;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A saved source: what to collect for its owner, when, and whether new posts are analysed; its secret keys the
 * inbound hook's signatures.
 */
@Entity
@Table(name = "sources")
class Source extends OwnedWithSecret {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind;

    /** The URLs to collect, one a line (feed URLs for feeds and searches). */
    @Column(nullable = false)
    private String urls;

    private String query;

    @Column(nullable = false)
    private String schedule;

    @Column(nullable = false)
    private boolean analyseNew;

    protected Source() {
    }

    Source(String id, String userId, String name, SourceKind kind, List<String> urls, String query, String schedule,
            boolean analyseNew, String secret, Instant createdAt) {
        super(id, userId, secret, createdAt);
        this.name = name;
        this.kind = kind;
        this.urls = String.join("\n", urls);
        this.query = query;
        this.schedule = schedule;
        this.analyseNew = analyseNew;
    }

    String name() {
        return name;
    }

    SourceKind kind() {
        return kind;
    }

    List<String> urls() {
        return Arrays.asList(urls.split("\n"));
    }

    String query() {
        return query;
    }

    String schedule() {
        return schedule;
    }

    boolean analyseNew() {
        return analyseNew;
    }
}
