package com.careergpt.service.analytics.market;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the market posts in the background once the service is ready, so that the first report does not wait for
 * it (a few seconds at 100k posts, see bench/market.sh); a report asked for meanwhile waits for the load.
 */
@Component
class MarketWarmUp {

    private static final Logger log = LoggerFactory.getLogger(MarketWarmUp.class);

    private final MarketAnalytics analytics;

    MarketWarmUp(MarketAnalytics analytics) {
        this.analytics = analytics;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::run, "market-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            analytics.catchUp();
        } catch (RuntimeException failure) {
            log.warn("Could not load the market posts now; the first report will: {}", failure.toString());
        }
    }
}
