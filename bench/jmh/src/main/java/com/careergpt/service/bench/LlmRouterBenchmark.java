package com.careergpt.service.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.careergpt.service.CareerGptApplication;
import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmProvider;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.ProviderStatus;
import com.careergpt.service.llm.RenderedPrompt;
import com.careergpt.service.llm.TokenUsage;
import com.careergpt.service.llm.UserTier;
import com.careergpt.service.llm.support.ScriptedProvider;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The LLM router's own cost per call over a raw call of the same in-process provider, in the real service context
 * (SQLite ledger and cache): a raw provider call, a routed call with new inputs (cache miss: prompt rendering,
 * routing, timeout guard, output validation, ledger and cache rows written) and a routed repeat (cache hit).
 * Goals: overhead (routed minus raw) < 2 ms median, cache hit < 5 ms median. Run by bench/llm-router.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LlmRouterBenchmark {

    static final String ANSWER = ScriptedProvider.VALID.get(LlmTask.JOB_SUMMARY);

    private final JsonMapper json = JsonMapper.builder().build();

    private final LlmCaller caller = new LlmCaller("bench-user", UserTier.VERIFIED);

    private Path dataDir;

    private ConfigurableApplicationContext context;

    private LlmRouter router;

    private InstantProvider provider;

    private ObjectNode repeated;

    /** Answers at once: what is measured is everything around the model. */
    static final class InstantProvider implements LlmProvider {

        @Override
        public String name() {
            return "bench";
        }

        @Override
        public ProviderStatus status() {
            return new ProviderStatus("bench", true, "in-process", List.of("fake"));
        }

        @Override
        public ProviderReply call(ProviderRequest request) {
            return new ProviderReply("fake", ANSWER, new TokenUsage(400, 60));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BenchProvider {

        @Bean
        InstantProvider benchProvider() {
            return new InstantProvider();
        }
    }

    @Setup
    public void start() throws Exception {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        dataDir = Files.createTempDirectory("careergpt-llm-bench-");
        context = new SpringApplicationBuilder(CareerGptApplication.class, BenchProvider.class)
                .run("--server.port=0",
                        "--careergpt.data-dir=" + dataDir,
                        "--careergpt.jwt.secret=" + Base64.getEncoder().encodeToString(secret),
                        "--careergpt.gateway.internal-service-token=bench-internal-token-0123456789abcdef",
                        "--careergpt.gateway.identity-base-url=http://127.0.0.1:9",
                        "--careergpt.llm.router.default-route=bench:fake",
                        "--logging.level.root=ERROR",
                        "--spring.main.banner-mode=off");
        router = context.getBean(LlmRouter.class);
        provider = context.getBean(InstantProvider.class);
        repeated = posting();
        router.run(new LlmCall(LlmTask.JOB_SUMMARY, repeated, caller));
    }

    @TearDown
    public void stop() throws IOException {
        context.close();
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Benchmark
    public ProviderReply rawProviderCall() {
        ObjectNode inputs = posting();
        return provider.call(new ProviderRequest(LlmTask.JOB_SUMMARY, "fake",
                new RenderedPrompt("v1", "system", "user " + inputs.path("text").asString(), null), inputs,
                Duration.ofSeconds(60)));
    }

    @Benchmark
    public LlmResult routedCallCacheMiss() {
        LlmResult result = router.run(new LlmCall(LlmTask.JOB_SUMMARY, posting(), caller));
        if (result.cached()) {
            throw new IllegalStateException("new inputs answered from the cache");
        }
        return result;
    }

    @Benchmark
    public LlmResult routedCallCacheHit() {
        LlmResult result = router.run(new LlmCall(LlmTask.JOB_SUMMARY, repeated, caller));
        if (!result.cached()) {
            throw new IllegalStateException("repeated inputs not answered from the cache");
        }
        return result;
    }

    private ObjectNode posting() {
        return json.createObjectNode().put("text", "Senior Java engineer, Spring Boot and PostgreSQL, Berlin hybrid. "
                + "We build payment systems. " + UUID.randomUUID());
    }
}
