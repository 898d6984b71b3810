package com.careergpt.service.jobrunr;

import java.util.List;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.jobrunr.jobs.details.CachingJobDetailsGenerator;
import org.jobrunr.jobs.filters.JobFilter;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.storage.StorageProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link JobTracing} in JobRunr: the scheduler (JobRunr's Spring Boot starter backs off from its own when this one
 * exists; the same job details generator) and the background job server, next to its retry filter.
 */
@Configuration(proxyBeanMethods = false)
class JobTracingConfiguration {

    @Bean
    static JobTracing jobTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new JobTracing(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    JobScheduler jobScheduler(StorageProvider storageProvider, JobTracing tracing) {
        return new JobScheduler(storageProvider, new CachingJobDetailsGenerator(), List.<JobFilter>of(tracing));
    }

    @Bean
    static BeanPostProcessor jobTracingOnServer(ObjectProvider<JobTracing> tracing) {
        return new BeanPostProcessor() {

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof BackgroundJobServer server) {
                    server.setJobFilters(List.<JobFilter>of(tracing.getObject()));
                }
                return bean;
            }
        };
    }
}
