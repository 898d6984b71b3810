package com.careergpt.service.scraping.jobs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The page or feed item a job was read from, exactly as fetched. */
@Entity
@Table(name = "job_raw")
class RawPage {

    @Id
    private String jobId;

    private String fetchedUrl;

    private String contentType;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant fetchedAt;

    protected RawPage() {
    }

    RawPage(String jobId, RawContent content) {
        this.jobId = jobId;
        replace(content);
    }

    void replace(RawContent content) {
        this.fetchedUrl = content.fetchedUrl();
        this.contentType = content.contentType();
        this.body = content.body();
        this.fetchedAt = content.fetchedAt();
    }

    String fetchedUrl() {
        return fetchedUrl;
    }

    String contentType() {
        return contentType;
    }

    String body() {
        return body;
    }
}
