package com.careergpt.service.llm.builtin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;

import com.careergpt.service.embeddings.BundledEmbeddingModel;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.scraping.extract.JobPageExtractor;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.support.Fixtures;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Median latency of every builtin task on a fixture job and resume, and embedding throughput. bench/builtin.sh. */
public final class BuiltinBenchmark {

    private BuiltinBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        SkillTaxonomy taxonomy = SkillTaxonomy.bundled();
        BundledEmbeddingModel embeddings = new BundledEmbeddingModel();
        BuiltinProvider provider = new BuiltinProvider(taxonomy, embeddings, new JobPageExtractor(taxonomy, Clock.systemUTC()));
        JsonMapper json = JsonMapper.builder().build();
        String page = Fixtures.read("jobs/ats-jsonld-backend.html");
        ObjectNode inputs = json.createObjectNode();
        inputs.putObject("job").put("title", "Senior Java Platform Engineer").put("company", "Larkspur Freight")
                .put("description", Jsoup.parse(page).body().wholeText());
        inputs.put("text", Jsoup.parse(page).body().wholeText());
        inputs.putObject("resume").put("text", """
                Backend engineer, 7 years. Built Java and Spring Boot services on PostgreSQL.
                Moved our event pipeline to Kafka, cutting latency by 40%. Run Kubernetes with Terraform on AWS.
                Education: MSc Computer Science. Skills: Java, Spring Boot, PostgreSQL, Kafka, Kubernetes, Terraform.""");
        inputs.put("question", "Which skills are most in demand?");
        inputs.putObject("stats").putArray("topSkills").addObject().put("skill", "Java").put("count", 12);
        System.out.printf("builtin provider, %d rounds after warm-up (median / p90 ms)%n", rounds);
        for (LlmTask task : LlmTask.values()) {
            ProviderRequest request = new ProviderRequest(task, BuiltinProvider.MODEL, null, inputs, Duration.ofSeconds(30));
            for (int i = 0; i < 10; i++) {
                provider.call(request);
            }
            long[] nanos = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                provider.call(request);
                nanos[i] = System.nanoTime() - started;
            }
            Arrays.sort(nanos);
            System.out.printf("  %-17s %7.2f / %7.2f%n", task.json(), nanos[rounds / 2] / 1e6, nanos[rounds * 9 / 10] / 1e6);
        }
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            sentences.add("Build and operate services number " + i + " in Java with Spring Boot, Kafka and PostgreSQL.");
        }
        embeddings.embed(sentences.subList(0, 32));
        long single = System.nanoTime();
        for (String sentence : sentences.subList(0, 64)) {
            embeddings.embed(sentence);
        }
        double singleRate = 64 / ((System.nanoTime() - single) / 1e9);
        long batch = System.nanoTime();
        embeddings.embed(sentences);
        double batchRate = sentences.size() / ((System.nanoTime() - batch) / 1e9);
        System.out.printf("embeddings (%s): %.0f sentences/s one by one, %.0f sentences/s in a batch of %d%n",
                BundledEmbeddingModel.MODEL_NAME, singleRate, batchRate, sentences.size());
    }
}
