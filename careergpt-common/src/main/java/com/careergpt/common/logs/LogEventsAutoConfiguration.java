package com.careergpt.common.logs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every service with a database keeps its notable log lines in its own {@code log_events} table. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnClass(name = { "ch.qos.logback.classic.LoggerContext", "org.springframework.jdbc.core.JdbcTemplate" })
@ConditionalOnBean(JdbcTemplate.class)
@EnableConfigurationProperties(LogEventsProperties.class)
public class LogEventsAutoConfiguration {

    @Bean
    LogEventStore logEventStore(JdbcTemplate jdbc) {
        return new LogEventStore(jdbc);
    }

    @Bean
    @ConditionalOnProperty(name = "careergpt.logs.events.enabled", matchIfMissing = true)
    LogEventRecorder logEventRecorder(LogEventStore store, ObjectProvider<LogEventListener> listeners,
            LogEventsProperties properties, Environment environment) {
        return new LogEventRecorder(environment.getProperty("spring.application.name", "application"), store,
                listeners.orderedStream().toList(), properties);
    }
}
