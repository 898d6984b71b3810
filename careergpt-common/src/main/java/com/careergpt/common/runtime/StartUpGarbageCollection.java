package com.careergpt.common.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Collects the garbage of start-up once, after the application runners (careergpt-service's warm-up among them) and
 * before the service reports itself ready: Spring Boot publishes {@link ApplicationReadyEvent} and only then turns
 * readiness to {@code ACCEPTING_TRAFFIC} (the port is open by then, but the launcher, the health checks and a load
 * balancer wait for readiness). Building the context promotes tens of MB of objects that die right after it
 * into the old generation, where the serial collector would otherwise keep them, and the heap they grew, until its
 * first full collection under load. With {@code -XX:-ShrinkHeapInSteps} and {@code -XX:MaxHeapFreeRatio} (set by
 * {@code deploy/jvm.sh}) this one collection also gives the emptied part of the heap back to the system.
 * {@code CAREERGPT_STARTUP_GC=false} turns it off.
 */
public class StartUpGarbageCollection {

    private static final Logger log = LoggerFactory.getLogger(StartUpGarbageCollection.class);

    private final StartUpProperties properties;

    public StartUpGarbageCollection(StartUpProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void collect() {
        if (!properties.gc()) {
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        long committedBefore = runtime.totalMemory();
        long started = System.nanoTime();
        System.gc();
        log.info("Collected start-up garbage in {} ms: heap {} MB committed, {} MB before, {} MB in use",
                (System.nanoTime() - started) / 1_000_000, mebibytes(runtime.totalMemory()), mebibytes(committedBefore),
                mebibytes(runtime.totalMemory() - runtime.freeMemory()));
    }

    private static long mebibytes(long bytes) {
        return bytes >> 20;
    }
}
