package com.careergpt.identity.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Tests replace it to move time forward. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
