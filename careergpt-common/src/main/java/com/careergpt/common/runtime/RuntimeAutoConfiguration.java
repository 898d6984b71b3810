package com.careergpt.common.runtime;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** What both services do about their own JVM once they have started. */
@AutoConfiguration
public class RuntimeAutoConfiguration {

    @Bean
    StartUpGarbageCollection startUpGarbageCollection() {
        return new StartUpGarbageCollection();
    }
}
