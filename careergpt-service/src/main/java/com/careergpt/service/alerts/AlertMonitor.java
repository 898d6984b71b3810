package com.careergpt.service.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.careergpt.service.gateway.IdentityUnavailableException;

/**
 * Evaluates the alert rules on a schedule: opens an incident for a condition over its threshold (once), resolves
 * the open incidents whose condition cleared (once). A rule that cannot be measured (identity-service down) leaves
 * its incidents as they are.
 */
@Service
public class AlertMonitor {

    private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);

    private final AlertRules rules;
    private final IncidentStore incidents;
    private final Clock clock;

    AlertMonitor(AlertRules rules, IncidentStore incidents, Clock clock) {
        this.rules = rules;
        this.incidents = incidents;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${careergpt.alerts.check-interval:1m}", initialDelayString = "${careergpt.alerts.check-interval:1m}")
    void scheduledCheck() {
        try {
            check();
        } catch (RuntimeException failed) {
            log.warn("Alert check failed: {}", failed.toString());
        }
    }

    /** Evaluates every rule now. */
    public void check() {
        Instant now = clock.instant();
        apply(AlertRules.PROVIDER_ERROR_RATE, rules.providerErrorRates(now), now);
        apply(AlertRules.USER_SPEND, rules.userSpend(now), now);
        try {
            apply(AlertRules.GUEST_SPIKE, List.of(rules.guestCreations(now)), now);
        } catch (IdentityUnavailableException unavailable) {
            log.debug("Guest creations not checked: identity-service unavailable");
        }
    }

    private void apply(String kind, List<AlertCondition> conditions, Instant now) {
        Set<String> firing = new HashSet<>();
        for (AlertCondition condition : conditions) {
            if (condition.firing()) {
                firing.add(condition.subject());
                if (incidents.open(condition, now)) {
                    log.warn("Alert opened: {} ({})", condition.message(), kind);
                }
            }
        }
        for (Incident open : incidents.open()) {
            if (open.kind().equals(kind) && !firing.contains(open.subject())
                    && incidents.resolve(kind, open.subject(), now)) {
                log.info("Alert resolved: {} {}", kind, open.subject());
            }
        }
    }
}
