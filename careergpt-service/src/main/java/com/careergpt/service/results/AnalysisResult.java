package com.careergpt.service.results;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One analysis a user ran, as it was answered. */
@Entity
@Table(name = "analysis_results")
class AnalysisResult {

    @Id
    private String id;

    @Column(nullable = false)
    private String ownerId;

    @Column(nullable = false)
    private String task;

    private String jobId;

    private String resumeId;

    @Column(nullable = false)
    private String provider;

    private String model;

    private String promptVersion;

    @Column(nullable = false)
    private boolean cached;

    @Column(nullable = false)
    private String output;

    private String grounding;

    @Column(nullable = false)
    private Instant createdAt;

    protected AnalysisResult() {
    }

    AnalysisResult(String id, NewResult result, String output, String grounding, Instant createdAt) {
        this.id = id;
        this.ownerId = result.ownerId();
        this.task = result.task();
        this.jobId = result.jobId();
        this.resumeId = result.resumeId();
        this.provider = result.provider();
        this.model = result.model();
        this.promptVersion = result.promptVersion();
        this.cached = result.cached();
        this.output = output;
        this.grounding = grounding;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String ownerId() {
        return ownerId;
    }

    String task() {
        return task;
    }

    String jobId() {
        return jobId;
    }

    String resumeId() {
        return resumeId;
    }

    String provider() {
        return provider;
    }

    String model() {
        return model;
    }

    String promptVersion() {
        return promptVersion;
    }

    boolean cached() {
        return cached;
    }

    String output() {
        return output;
    }

    String grounding() {
        return grounding;
    }

    Instant createdAt() {
        return createdAt;
    }
}
