package com.careergpt.service.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.UserTier;
import com.careergpt.service.llm.api.JobAnalyses;
import com.careergpt.service.scraping.collect.CollectionCounts;
import com.careergpt.service.scraping.collect.Collector;

/**
 * One run of a saved source: store its collection (once: the run remembers it), collect (normalize and de-duplicate
 * as every collection does), then summarise each newly stored post when the source asks for it. Every step can be
 * repeated by a retried job without duplicating anything but analyses (answered from the router's cache), and
 * every event is announced once even when the job stops between announcing and recording it.
 */
@Component
class SourceRunner {

    private static final Logger log = LoggerFactory.getLogger(SourceRunner.class);

    private final SourceRepository sources;
    private final SourceRunRepository runs;
    private final Collector collector;
    private final JobAnalyses analyses;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SourceRunner(SourceRepository sources, SourceRunRepository runs, Collector collector, JobAnalyses analyses,
            TransactionTemplate transactions, ApplicationEventPublisher publisher, Clock clock) {
        this.sources = sources;
        this.runs = runs;
        this.collector = collector;
        this.analyses = analyses;
        this.transactions = transactions;
        this.publisher = publisher;
        this.clock = clock;
    }

    void runScheduled(String sourceId, String runId) {
        if (sources.existsById(sourceId) && !runs.existsById(runId)) {
            runs.save(new SourceRun(runId, sourceId, RunTrigger.SCHEDULE, clock.instant()));
        }
        run(runId);
    }

    void run(String runId) {
        SourceRun run = runs.findById(runId).orElse(null);
        Source source = run == null ? null : sources.findById(run.sourceId()).orElse(null);
        if (source == null || run.status() == RunStatus.DONE) {
            return;
        }
        String collectionId = run.collectionId() != null ? run.collectionId() : transactions.execute(status -> {
            String created = collector.create(source.userId(), source.id(), source.urls(), source.query());
            runs.findById(runId).orElseThrow().collecting(created);
            return created;
        });
        collector.run(collectionId);
        CollectionCounts counts = collector.counts(collectionId);
        List<AnalysisCompleted.Analysis> done = source.analyseNew() ? analyse(source, counts.storedJobIds()) : List.of();
        Instant finishedAt = clock.instant();
        // Announced before the run is marked done, so that a stop in between makes the retried job announce again
        // (its webhook deliveries are then found already created) rather than never.
        if (!done.isEmpty()) {
            publisher.publishEvent(new AnalysisCompleted(source.userId(), source.id(), runId, collectionId, done,
                    finishedAt));
        }
        transactions.executeWithoutResult(status -> {
            SourceRun stored = runs.findById(runId).orElseThrow();
            stored.collected(counts);
            stored.finish(done.size(), finishedAt);
        });
    }

    private List<AnalysisCompleted.Analysis> analyse(Source source, List<String> jobIds) {
        LlmCaller caller = new LlmCaller(source.userId(), UserTier.VERIFIED);
        List<AnalysisCompleted.Analysis> done = new ArrayList<>();
        for (String jobId : jobIds) {
            try {
                done.add(new AnalysisCompleted.Analysis(jobId, analyses.analyse(LlmTask.JOB_SUMMARY, jobId, caller)));
            } catch (RuntimeException failed) {
                log.warn("Summarising job {} for source {} failed: {}", jobId, source.id(), failed.toString());
            }
        }
        return done;
    }
}
