package com.careergpt.service.scraping.collect;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** A bounded pool for collections: a full queue is a 503 to the client, never an unbounded backlog in memory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CollectionProperties.class)
class CollectionConfiguration {

    static final String EXECUTOR = "collectionExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor collectionExecutor(CollectionProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("collect-");
        executor.setCorePoolSize(properties.workers());
        executor.setMaxPoolSize(properties.workers());
        executor.setQueueCapacity(properties.queueCapacity());
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
