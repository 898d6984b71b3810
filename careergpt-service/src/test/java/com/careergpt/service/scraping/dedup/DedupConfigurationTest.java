package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DedupConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DedupConfiguration.class);

    @Test
    void defaultsAreTheDocumentedOnes() {
        context.run(started -> {
            assertThat(started.getBean(DedupProperties.class)).isEqualTo(DedupProperties.defaults());
            assertThat(started).hasSingleBean(PostingFingerprints.class);
        });
    }

    @Test
    void thresholdsComeFromProperties() {
        context.withPropertyValues("careergpt.dedup.max-distance=3", "careergpt.dedup.min-title-similarity=0.8")
                .run(started -> {
                    assertThat(started.getBean(DedupProperties.class)).isEqualTo(new DedupProperties(3, 0.8));
                    NearDuplicateIndex index = started.getBean(PostingFingerprints.class).newIndex();
                    index.add("a", new PostingFingerprint("h1", 0L, "acme", "backend engineer"));
                    assertThat(index.findDuplicate(new PostingFingerprint("h2", 0b1111L, "acme", "backend engineer")))
                            .as("4 bits apart, beyond a threshold of 3").isEmpty();
                    assertThat(index.findDuplicate(new PostingFingerprint("h2", 0b111L, "acme", "backend engineer")))
                            .isPresent();
                });
    }

    @Test
    void outOfRangeSettingsStopTheStart() {
        context.withPropertyValues("careergpt.dedup.max-distance=40").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessageContaining("maxDistance"));
        context.withPropertyValues("careergpt.dedup.min-title-similarity=1.5").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessageContaining("minTitleSimilarity"));
    }
}
