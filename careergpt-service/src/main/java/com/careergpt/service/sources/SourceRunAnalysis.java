package com.careergpt.service.sources;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A post that a source's run has analysed, and the result; written in the transaction that counts it. */
@Entity
@Table(name = "source_run_analyses")
@IdClass(SourceRunAnalysis.Key.class)
class SourceRunAnalysis {

    /** The run and the analysed job. */
    record Key(String runId, String jobId) implements Serializable {
    }

    @Id
    private String runId;

    @Id
    private String jobId;

    @Column(nullable = false)
    private String resultId;

    @Column(nullable = false)
    private Instant analysedAt;

    protected SourceRunAnalysis() {
    }

    SourceRunAnalysis(String runId, String jobId, String resultId, Instant analysedAt) {
        this.runId = runId;
        this.jobId = jobId;
        this.resultId = resultId;
        this.analysedAt = analysedAt;
    }

    AnalysisCompleted.Analysis analysis() {
        return new AnalysisCompleted.Analysis(jobId, resultId);
    }
}
