package com.careergpt.service.sources;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.context.JobContext;
import org.springframework.stereotype.Component;

/**
 * The JobRunr jobs of saved sources. Public because JobRunr resolves and invokes them reflectively. A scheduled run's
 * id is its job's id, so the attempt JobRunr retries after a failure or a crash continues the same run.
 */
@Component
public class SourceJobs {

    private final SourceRunner runner;

    SourceJobs(SourceRunner runner) {
        this.runner = runner;
    }

    @Job(name = "Source run %0")
    public void run(String runId) {
        runner.run(runId);
    }

    @Job(name = "Scheduled run of source %0")
    public void runScheduled(String sourceId, JobContext context) {
        runner.runScheduled(sourceId, context.getJobId().toString());
    }
}
