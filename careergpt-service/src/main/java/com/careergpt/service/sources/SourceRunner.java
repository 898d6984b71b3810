package com.careergpt.service.sources;

import java.time.Clock;
import java.time.Instant;
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
 * as every collection does), then summarise each newly stored post when the source asks for it, counting each
 * analysis as it is made. A retried job repeats none of it: the collection goes on with its pending sources, the
 * analysis with the posts not yet analysed, and the events are announced once even when the job stopped between
 * announcing and recording them.
 */
@Component
class SourceRunner {

    private static final Logger log = LoggerFactory.getLogger(SourceRunner.class);

    private final SourceRepository sources;
    private final SourceRunRepository runs;
    private final SourceRunAnalysisRepository made;
    private final Collector collector;
    private final JobAnalyses analyses;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SourceRunner(SourceRepository sources, SourceRunRepository runs, SourceRunAnalysisRepository made,
            Collector collector, JobAnalyses analyses, TransactionTemplate transactions,
            ApplicationEventPublisher publisher, Clock clock) {
        this.sources = sources;
        this.runs = runs;
        this.made = made;
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
        List<String> toAnalyse = source.analyseNew() ? counts.storedJobIds() : List.of();
        transactions.executeWithoutResult(status -> {
            SourceRun stored = runs.findById(runId).orElseThrow();
            stored.collected(counts);
            stored.analysing(toAnalyse.size());
        });
        analyse(source, runId, toAnalyse);
        List<AnalysisCompleted.Analysis> done = made.findByRunIdOrderByAnalysedAt(runId).stream()
                .map(SourceRunAnalysis::analysis).toList();
        Instant finishedAt = clock.instant();
        // Announced before the run is marked done, so that a stop in between makes the retried job announce again
        // (its webhook deliveries are then found already created) rather than never.
        if (!done.isEmpty()) {
            publisher.publishEvent(new AnalysisCompleted(source.userId(), source.id(), runId, collectionId, done,
                    finishedAt));
        }
        transactions.executeWithoutResult(status -> runs.findById(runId).orElseThrow().finish(finishedAt));
    }

    /** Summarises the posts this run has not analysed yet; a post whose analysis fails is logged and not counted. */
    private void analyse(Source source, String runId, List<String> jobIds) {
        LlmCaller caller = new LlmCaller(source.userId(), UserTier.VERIFIED);
        for (String jobId : jobIds) {
            if (made.existsById(new SourceRunAnalysis.Key(runId, jobId))) {
                continue;
            }
            try {
                String resultId = analyses.analyse(LlmTask.JOB_SUMMARY, jobId, caller);
                transactions.executeWithoutResult(status -> {
                    made.save(new SourceRunAnalysis(runId, jobId, resultId, clock.instant()));
                    runs.findById(runId).orElseThrow().analysedOne();
                });
            } catch (RuntimeException failed) {
                log.warn("Summarising job {} for source {} failed: {}", jobId, source.id(), failed.toString());
            }
        }
    }
}
