package com.careergpt.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

class StartUpGarbageCollectionTest {

    @Test
    void theStartUpGarbageIsCollectedAfterTheRunnersAndBeforeTheServiceSaysItIsReady() {
        long[] counts = collectionsAtRunnersAndAtReadiness();
        assertThat(counts[0]).isNotNegative();
        assertThat(counts[1]).isGreaterThan(counts[0]);
    }

    @Test
    void itCanBeSwitchedOff() {
        long[] counts = collectionsAtRunnersAndAtReadiness("--careergpt.startup.gc=false");
        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    /** Starts an application with the auto-configuration; the collections counted when its runners ran and when it got ready. */
    private static long[] collectionsAtRunnersAndAtReadiness(String... arguments) {
        AtomicLong collectionsWhenRunnersRan = new AtomicLong(-1);
        AtomicLong collectionsWhenReady = new AtomicLong(-1);
        ApplicationListener<AvailabilityChangeEvent<?>> readiness = event -> {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                collectionsWhenReady.set(collections());
            }
        };
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE).listeners(readiness)
                .initializers(context -> context.getBeanFactory().registerSingleton("runner",
                        (ApplicationRunner) ignoredArguments -> collectionsWhenRunnersRan.set(collections())))
                .run(arguments)) {
            return new long[] { collectionsWhenRunnersRan.get(), collectionsWhenReady.get() };
        }
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(RuntimeAutoConfiguration.class)
    static class Application {
    }
}
