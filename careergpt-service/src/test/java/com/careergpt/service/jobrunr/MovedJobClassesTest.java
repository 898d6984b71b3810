package com.careergpt.service.jobrunr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import com.careergpt.service.sources.SourceJobs;

class MovedJobClassesTest {

    static final String OLD_SOURCE_JOBS = "com.careergpt.service.pipeline.SourceJobs";

    @Test
    void jobsStoredBeforeThePipelinePackageBecameSourcesCallTheSourcesClassesAfterwards(@TempDir Path dir) {
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + dir.resolve("jobs.db"));
        StorageProvider storage = SqlStorageProviderFactory.using(database, null, DatabaseOptions.CREATE);
        storage.setJobMapper(new JobMapper(new Jackson3JsonMapper()));
        Job run = storage.save(new Job(new JobDetails(OLD_SOURCE_JOBS, null, "run",
                List.of(new JobParameter(String.class, "run-1")))));
        storage.saveRecurringJob(new RecurringJob("source-1", new JobDetails(OLD_SOURCE_JOBS, null, "runScheduled",
                List.of(new JobParameter(String.class, "source-1"), JobParameter.JobContext)), "0 3 * * *", "UTC",
                RecurringJob.CreatedBy.API));

        assertThat(MovedJobClasses.rewrite(database)).isEqualTo(2);

        assertThat(storage.getJobById(run.getId()).getJobDetails().getClassName()).isEqualTo(SourceJobs.class.getName());
        assertThat(storage.getRecurringJobs()).singleElement()
                .satisfies(recurring -> assertThat(recurring.getJobDetails().getClassName())
                        .isEqualTo(SourceJobs.class.getName()));
        assertThat(MovedJobClasses.rewrite(database)).as("a second start changes nothing").isZero();
    }
}
