package com.careergpt.common.runtime;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** What both services do about their own JVM once they have started. */
@AutoConfiguration
@EnableConfigurationProperties(StartUpProperties.class)
public class RuntimeAutoConfiguration {

    @Bean
    StartUpGarbageCollection startUpGarbageCollection(StartUpProperties properties) {
        return new StartUpGarbageCollection(properties);
    }
}
