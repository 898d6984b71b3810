package com.careergpt.service.scraping.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Spaces requests to one host by the larger of the configured delay and the site's Crawl-delay. Each caller takes
 * the next free slot of the host and sleeps until it, so concurrent collections queue politely instead of bursting.
 */
class HostPoliteness {

    private final Duration configuredDelay;
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    HostPoliteness(Duration configuredDelay) {
        this.configuredDelay = configuredDelay;
    }

    void awaitTurn(String host, Duration crawlDelay) throws FetchException {
        long delay = Math.max(configuredDelay.toNanos(), crawlDelay.toNanos());
        long now = System.nanoTime();
        long[] slot = new long[1];
        nextSlot.compute(host.toLowerCase(Locale.ROOT), (key, next) -> {
            long start = next == null ? now : Math.max(now, next);
            slot[0] = start;
            return start + delay;
        });
        long wait = slot[0] - now;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new FetchException(FetchFailure.TIMEOUT, "Interrupted while waiting to fetch from " + host + ".");
            }
        }
    }
}
