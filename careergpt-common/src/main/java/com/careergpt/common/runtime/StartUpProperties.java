package com.careergpt.common.runtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service does once it has started.
 *
 * @param gc collect the garbage of start-up once, after the warm-up and before readiness ({@link StartUpGarbageCollection})
 */
@ConfigurationProperties("careergpt.startup")
public record StartUpProperties(@DefaultValue("true") boolean gc) {
}
