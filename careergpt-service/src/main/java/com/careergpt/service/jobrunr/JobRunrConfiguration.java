package com.careergpt.service.jobrunr;

import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.careergpt.service.sources.PipelineProperties;
import com.zaxxer.hikari.HikariDataSource;

/**
 * JobRunr's storage, for every background job of the service (collections, saved-source runs, webhook deliveries):
 * the service's database (SQLite file or PostgreSQL, JobRunr picks {@code SqLiteStorageProvider}
 * or its PostgreSQL one from the URL) through a pool of its own. JobRunr holds one connection while it asks for
 * another (creating its tables, for one), which never succeeds in the one-connection pool SQLite is run with; on
 * SQLite both pools write to the same WAL file, serialized by the busy timeout of the URL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipelineProperties.class)
class JobRunrConfiguration {

    /** The pool, closed after the storage provider that uses it. */
    record JobRunrPool(HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
        }
    }

    @Bean(destroyMethod = "close")
    JobRunrPool jobRunrPool(DataSourceProperties database, PipelineProperties properties) {
        HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("jobrunr");
        pool.setMaximumPoolSize(properties.jobsPoolSize());
        return new JobRunrPool(pool);
    }

    @Bean(name = "storageProvider", destroyMethod = "close")
    @DependsOnDatabaseInitialization
    StorageProvider storageProvider(JobRunrPool pool, JobMapper jobMapper) {
        StorageProvider storage = SqlStorageProviderFactory.using(pool.dataSource(), null, DatabaseOptions.CREATE);
        MovedJobClasses.rewrite(pool.dataSource());
        storage.setJobMapper(jobMapper);
        return storage;
    }
}
