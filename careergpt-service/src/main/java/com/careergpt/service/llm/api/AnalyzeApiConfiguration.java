package com.careergpt.service.llm.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class AnalyzeApiConfiguration {

    /**
     * Threads that relay streamed answers; the request thread is freed while a stream runs. A relay runs in the
     * request's observation, so that the model's spans belong to the request's trace.
     */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor llmStreamExecutor(AnalyzeProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("llm-stream-");
        executor.setCorePoolSize(Math.min(4, properties.maxStreams()));
        executor.setMaxPoolSize(properties.maxStreams());
        executor.setQueueCapacity(0);
        executor.setDaemon(true);
        executor.setTaskDecorator(new ContextPropagatingTaskDecorator());
        executor.initialize();
        return executor;
    }
}
