package com.careergpt.service.sources;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.careergpt.service.scraping.collect.CollectionCounts;

/** One run of a saved source; its id is the id of the JobRunr job that runs it, so a retried job finds it again. */
@Entity
@Table(name = "source_runs")
class SourceRun {

    @Id
    private String id;

    @Column(nullable = false)
    private String sourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private RunTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;

    private String collectionId;

    private int stored;

    private int duplicate;

    private int unchanged;

    private int failed;

    private int analysed;

    /** New posts the run is to analyse; {@code analysed} of them are, so far. */
    private int toAnalyse;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant finishedAt;

    protected SourceRun() {
    }

    SourceRun(String id, String sourceId, RunTrigger trigger, Instant startedAt) {
        this.id = id;
        this.sourceId = sourceId;
        this.trigger = trigger;
        this.status = RunStatus.QUEUED;
        this.startedAt = startedAt;
    }

    String id() {
        return id;
    }

    String sourceId() {
        return sourceId;
    }

    RunTrigger trigger() {
        return trigger;
    }

    RunStatus status() {
        return status;
    }

    String collectionId() {
        return collectionId;
    }

    int stored() {
        return stored;
    }

    int duplicate() {
        return duplicate;
    }

    int unchanged() {
        return unchanged;
    }

    int failed() {
        return failed;
    }

    int analysed() {
        return analysed;
    }

    int toAnalyse() {
        return toAnalyse;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    void collecting(String collectionId) {
        this.collectionId = collectionId;
        this.status = RunStatus.RUNNING;
    }

    void collected(CollectionCounts counts) {
        stored = counts.stored();
        duplicate = counts.duplicate();
        unchanged = counts.unchanged();
        failed = counts.failed();
    }

    void analysing(int posts) {
        toAnalyse = posts;
    }

    void analysedOne() {
        analysed++;
    }

    void finish(Instant now) {
        this.status = RunStatus.DONE;
        this.finishedAt = now;
    }
}
