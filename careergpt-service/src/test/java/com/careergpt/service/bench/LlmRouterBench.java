package com.careergpt.service.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

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

/**
 * For bench/llm-router.sh: the router's own cost per call over a raw call of the same in-process provider, in
 * one JVM (the real service context, SQLite ledger and cache). Rounds interleave raw call, routed call (new
 * inputs: cache miss, ledger and cache rows written) and routed repeat (cache hit), so warm-up and noise hit all
 * three alike. Prints medians in milliseconds.
 */
public final class LlmRouterBench {

    static final String ANSWER = ScriptedProvider.VALID.get(LlmTask.JOB_SUMMARY);

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

    private LlmRouterBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        byte[] secret = new byte[48];
        new java.security.SecureRandom().nextBytes(secret);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CareerGptApplication.class, BenchProvider.class)
                .run("--server.port=0",
                        "--careergpt.data-dir=" + Files.createTempDirectory("careergpt-llm-bench-"),
                        "--careergpt.jwt.secret=" + Base64.getEncoder().encodeToString(secret),
                        "--careergpt.gateway.internal-service-token=bench-internal-token-0123456789abcdef",
                        "--careergpt.gateway.identity-base-url=http://127.0.0.1:9",
                        "--careergpt.llm.router.default-route=bench:fake",
                        "--logging.level.root=ERROR",
                        "--spring.main.banner-mode=off");
        try {
            LlmRouter router = context.getBean(LlmRouter.class);
            InstantProvider provider = context.getBean(InstantProvider.class);
            JsonMapper json = JsonMapper.builder().build();
            LlmCaller caller = new LlmCaller("bench-user", UserTier.VERIFIED);
            ObjectNode repeated = posting(json);
            router.run(new LlmCall(LlmTask.JOB_SUMMARY, repeated, caller));

            long[] raw = new long[rounds];
            long[] routed = new long[rounds];
            long[] hit = new long[rounds];
            for (int i = -warmup; i < rounds; i++) {
                ObjectNode inputs = posting(json);
                ProviderRequest request = new ProviderRequest(LlmTask.JOB_SUMMARY, "fake",
                        new RenderedPrompt("v1", "system", "user " + inputs.path("text").asString(), null), inputs,
                        Duration.ofSeconds(60));
                long t0 = System.nanoTime();
                ProviderReply reply = provider.call(request);
                long t1 = System.nanoTime();
                LlmResult miss = router.run(new LlmCall(LlmTask.JOB_SUMMARY, inputs, caller));
                long t2 = System.nanoTime();
                LlmResult cached = router.run(new LlmCall(LlmTask.JOB_SUMMARY, repeated, caller));
                long t3 = System.nanoTime();
                if (reply.text().isEmpty() || miss.cached() || !cached.cached()) {
                    throw new IllegalStateException("unexpected answer in round " + i);
                }
                if (i >= 0) {
                    raw[i] = t1 - t0;
                    routed[i] = t2 - t1;
                    hit[i] = t3 - t2;
                }
            }
            double rawMedian = median(raw);
            double routedMedian = median(routed);
            System.out.printf("LLM router, %d rounds after %d warm-up, same JVM (%s)%n", rounds, warmup, machine());
            System.out.printf("raw provider call        median %8.4f ms%n", rawMedian);
            System.out.printf("routed call (cache miss) median %8.4f ms   p90 %8.4f ms%n", routedMedian, percentile(routed, 90));
            System.out.printf("router overhead          median %8.4f ms   (goal < 2 ms)%n", routedMedian - rawMedian);
            System.out.printf("cache hit                median %8.4f ms   p90 %8.4f ms   (goal < 5 ms)%n", median(hit),
                    percentile(hit, 90));
        }
        finally {
            context.close();
        }
    }

    static ObjectNode posting(JsonMapper json) {
        return json.createObjectNode().put("text", "Senior Java engineer, Spring Boot and PostgreSQL, Berlin hybrid. "
                + "We build payment systems. " + UUID.randomUUID());
    }

    static double median(long[] nanos) {
        return percentile(nanos, 50);
    }

    static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }
}
