package com.careergpt.service.llm.builtin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.embeddings.BundledEmbeddingModel;
import com.careergpt.service.scraping.extract.JobPageExtractor;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.support.Fixtures;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Latency of every builtin task on a fixture job and resume, and throughput of the bundled embedding model one
 * sentence at a time and in a batch. Run by bench/builtin.sh.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class BuiltinBenchmark {

    private static final int BATCH = 256;

    @State(Scope.Benchmark)
    public static class Provider {

        BundledEmbeddingModel embeddings;

        BuiltinProvider builtin;

        @Setup
        public void load() {
            SkillTaxonomy taxonomy = SkillTaxonomy.bundled();
            embeddings = new BundledEmbeddingModel();
            builtin = new BuiltinProvider(taxonomy, embeddings, new JobPageExtractor(taxonomy, Clock.systemUTC()));
        }

        @TearDown
        public void close() {
            embeddings.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Task {

        @Param
        public LlmTask task;

        ProviderRequest request;

        @Setup
        public void prepare() {
            JsonMapper json = JsonMapper.builder().build();
            String text = Jsoup.parse(Fixtures.read("jobs/ats-jsonld-backend.html")).body().wholeText();
            ObjectNode inputs = json.createObjectNode();
            inputs.putObject("job").put("title", "Senior Java Platform Engineer").put("company", "Larkspur Freight")
                    .put("description", text);
            inputs.put("text", text);
            inputs.putObject("resume").put("text", """
                    Backend engineer, 7 years. Built Java and Spring Boot services on PostgreSQL.
                    Moved our event pipeline to Kafka, cutting latency by 40%. Run Kubernetes with Terraform on AWS.
                    Education: MSc Computer Science. Skills: Java, Spring Boot, PostgreSQL, Kafka, Kubernetes, Terraform.""");
            inputs.put("question", "Which skills are most in demand?");
            inputs.putObject("stats").putArray("topSkills").addObject().put("skill", "Java").put("count", 12);
            request = new ProviderRequest(task, BuiltinProvider.MODEL, null, inputs, Duration.ofSeconds(30));
        }
    }

    @State(Scope.Benchmark)
    public static class Sentences {

        final List<String> all = new ArrayList<>();

        int next;

        @Setup
        public void write() {
            for (int i = 0; i < BATCH; i++) {
                all.add("Build and operate services number " + i + " in Java with Spring Boot, Kafka and PostgreSQL.");
            }
        }

        String nextOne() {
            next = (next + 1) % all.size();
            return all.get(next);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ProviderReply task(Provider provider, Task task) throws Exception {
        return provider.builtin.call(task.request);
    }

    /** Sentences per second, one by one. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public float[] embedOneSentence(Provider provider, Sentences sentences) {
        return provider.embeddings.embed(sentences.nextOne());
    }

    /** Sentences per second, in one batch of 256. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<float[]> embedBatch(Provider provider, Sentences sentences) {
        return provider.embeddings.embed(sentences.all);
    }
}
