package com.careergpt.service.warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.builtin.BuiltinProvider;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.extract.JobPageExtractor;
import com.careergpt.service.scraping.fetch.FetchedPage;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Does a guest's first action once, on a job post shipped with the service, before the service reports itself
 * ready: the extractor reads the page, the built-in provider summarises it (which needs the embedding model and the
 * skills taxonomy, loading in the background since their beans were created) as a guest's summary of it would.
 * Nothing is stored. It starts on a thread of its own as soon as this bean is created, while the rest of the context
 * starts, and {@link #run} waits for it: runners finish before Spring Boot's readiness turns to ACCEPTING_TRAFFIC, so
 * {@code /actuator/health/readiness} (and the launcher, which waits for health) says ready only when the first real
 * action will be as fast as the second. A failed warm-up is logged and does not stop start-up.
 */
@Component
class FirstActionWarmUp implements ApplicationRunner {

    static final String SAMPLE_PAGE = "warmup/job-post.html";
    private static final Logger log = LoggerFactory.getLogger(FirstActionWarmUp.class);

    private final JobPageExtractor extractor;
    private final BuiltinProvider builtin;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();

    FirstActionWarmUp(JobPageExtractor extractor, BuiltinProvider builtin, Clock clock) {
        this.extractor = extractor;
        this.builtin = builtin;
        this.clock = clock;
        Thread thread = new Thread(() -> {
            try {
                warmUp();
            } finally {
                warmedUp.complete(null);
            }
        }, "first-action-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long started = System.nanoTime();
        warmedUp.join();
        log.info("Waited {} ms for the warm-up", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void warmUp() {
        long started = System.nanoTime();
        try {
            URI address = URI.create("https://careers.example.org/jobs/warm-up");
            JobPosting posting = extractor.extract(new FetchedPage(address, address, 200, "text/html", samplePage(),
                    "static", Instant.now(clock))).orElseThrow(() -> new IllegalStateException("no job in " + SAMPLE_PAGE));
            ObjectNode inputs = json.createObjectNode();
            inputs.putObject("job").put("title", posting.title()).put("company", posting.company())
                    .put("description", posting.description());
            builtin.call(new ProviderRequest(LlmTask.JOB_SUMMARY, BuiltinProvider.MODEL, null, inputs, Duration.ofSeconds(30)));
            log.info("Warmed up the extractor, the skills taxonomy and the embedding model in {} ms",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (RuntimeException | LinkageError failure) {
            log.warn("Warm-up failed; the first action will load what it needs: {}", failure.toString());
        }
    }

    private static String samplePage() {
        try (InputStream in = new ClassPathResource(SAMPLE_PAGE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
