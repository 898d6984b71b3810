package com.careergpt.common.logs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which log lines a service keeps in its {@code log_events} table.
 *
 * @param enabled     keep log lines at all
 * @param appLevel    lowest level kept from the service's own loggers ({@code com.careergpt.*})
 * @param otherLevel  lowest level kept from libraries' loggers
 * @param queueSize   lines waiting to be written at most; more are dropped (and counted) rather than block
 */
@ConfigurationProperties("careergpt.logs.events")
public record LogEventsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("INFO") String appLevel,
        @DefaultValue("WARN") String otherLevel,
        @DefaultValue("20000") int queueSize) {
}
