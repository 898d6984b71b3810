package com.careergpt.service.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.service.support.Fixtures;
import com.careergpt.service.support.GatewayTestSupport;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With CAREERGPT_EMBEDDINGS_PROVIDER=openai or ollama the vectors come from Spring AI's model of that provider: the
 * configured model is asked for over the real wire format (HTTP fakes answering with recorded bodies), the answer is
 * scaled to unit length and stored under that model's name.
 */
class RemoteEmbeddingModelsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static void common(DynamicPropertyRegistry registry) {
        registry.add("careergpt.data-dir", () -> tempDir().toString());
        registry.add("careergpt.jwt.secret", () -> GatewayTestSupport.JWT_SECRET);
        registry.add("careergpt.gateway.internal-service-token", () -> GatewayTestSupport.INTERNAL_TOKEN);
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("careergpt-embeddings-");
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Nested
    @SpringBootTest
    class OpenAi {

        static final MockWebServer SERVER = new MockWebServer();

        @Autowired
        TextEmbedder embedder;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) throws IOException {
            common(registry);
            SERVER.start();
            registry.add("careergpt.embeddings.provider", () -> "openai");
            registry.add("careergpt.embeddings.model", () -> "text-embedding-3-small");
            registry.add("spring.ai.openai.base-url", () -> SERVER.url("/v1").toString());
            registry.add("spring.ai.openai.api-key", () -> "sk-embeddings");
        }

        @AfterAll
        static void stop() throws IOException {
            SERVER.shutdown();
        }

        @Test
        void theConfiguredOpenAiModelEmbedsAndItsNameIsKept() throws Exception {
            SERVER.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                    .setBody(Fixtures.read("llm/openai-embeddings.json")));

            float[] vector = embedder.embed("Senior Java engineer");

            RecordedRequest sent = SERVER.takeRequest(5, TimeUnit.SECONDS);
            assertThat(sent.getPath()).isEqualTo("/v1/embeddings");
            assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer sk-embeddings");
            JsonNode body = JSON.readTree(sent.getBody().readUtf8());
            assertThat(body.path("model").asString()).isEqualTo("text-embedding-3-small");
            assertThat(body.path("input").toString()).contains("Senior Java engineer");
            assertThat(vector).hasSize(4);
            assertThat(Vectors.dot(vector, vector)).isCloseTo(1.0, within(1e-5));
            assertThat(vector[0]).isPositive();
            assertThat(vector[1]).isNegative();
            assertThat(embedder.model()).isEqualTo("text-embedding-3-small");
        }
    }

    @Nested
    @SpringBootTest
    class Ollama {

        static final MockWebServer SERVER = new MockWebServer();

        @Autowired
        TextEmbedder embedder;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) throws IOException {
            common(registry);
            SERVER.start();
            registry.add("careergpt.embeddings.provider", () -> "ollama");
            registry.add("careergpt.embeddings.model", () -> "nomic-embed-text");
            registry.add("spring.ai.ollama.base-url", () -> SERVER.url("").toString().replaceAll("/$", ""));
        }

        @AfterAll
        static void stop() throws IOException {
            SERVER.shutdown();
        }

        @Test
        void theConfiguredOllamaModelEmbedsBothTextsInOneCall() throws Exception {
            SERVER.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                    {"model":"nomic-embed-text","embeddings":[[3.0,4.0,0.0],[0.0,0.0,2.0]],
                     "total_duration":14143917,"load_duration":1019500,"prompt_eval_count":8}"""));

            List<float[]> vectors = embedder.embed(List.of("Kotlin backend", "Pastry chef"));

            RecordedRequest sent = SERVER.takeRequest(5, TimeUnit.SECONDS);
            assertThat(sent.getPath()).isEqualTo("/api/embed");
            JsonNode body = JSON.readTree(sent.getBody().readUtf8());
            assertThat(body.path("model").asString()).isEqualTo("nomic-embed-text");
            assertThat(body.path("input").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("Kotlin backend", "Pastry chef");
            assertThat(vectors.get(0)).containsExactly(0.6f, 0.8f, 0.0f);
            assertThat(vectors.get(1)).containsExactly(0.0f, 0.0f, 1.0f);
            assertThat(embedder.model()).isEqualTo("nomic-embed-text");
        }
    }
}
