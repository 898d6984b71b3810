package com.careergpt.service.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long observability data is kept before the purge deletes it, so the log tables do not grow forever.
 *
 * @param requestLog     rows of {@code request_log}
 * @param logEvents      application log lines
 * @param llmCalls       the LLM spend ledger (usage reports and spend alerts look back over it)
 * @param errorGroups    error groups not seen for this long
 * @param resolvedAlerts incidents resolved this long ago
 * @param interval       how often the purge runs
 */
@ConfigurationProperties("careergpt.retention")
public record RetentionProperties(
        @DefaultValue("30d") Duration requestLog,
        @DefaultValue("30d") Duration logEvents,
        @DefaultValue("365d") Duration llmCalls,
        @DefaultValue("90d") Duration errorGroups,
        @DefaultValue("90d") Duration resolvedAlerts,
        @DefaultValue("6h") Duration interval) {
}
