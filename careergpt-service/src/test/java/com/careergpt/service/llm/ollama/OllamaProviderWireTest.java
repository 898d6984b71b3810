package com.careergpt.service.llm.ollama;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.RenderedPrompt;
import com.careergpt.service.llm.remote.RemoteProviderProperties;
import com.careergpt.service.support.Fixtures;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ollama provider against a local server answering like Ollama's /api/chat and /api/tags. */
class OllamaProviderWireTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNode SCHEMA = JSON.readTree("""
            {"type":"object","required":["summary"],"properties":{"summary":{"type":"string"}}}""");

    MockWebServer server;
    OllamaProvider provider;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        provider = providerFor(server.url("/").toString().replaceAll("/$", ""));
    }

    private static OllamaProvider providerFor(String baseUrl) {
        OllamaApi api = OllamaApi.builder().baseUrl(baseUrl).build();
        OllamaChatModel model = OllamaChatModel.builder().ollamaApi(api)
                .options(OllamaChatOptions.builder().model("llama3.2").build())
                .retryTemplate(new RetryTemplate(RetryPolicy.builder().maxRetries(0).build()))
                .build();
        return new OllamaProvider(() -> model, () -> api, baseUrl, Clock.systemUTC(), new RemoteProviderProperties(1,
                Duration.ofMillis(10), Duration.ofSeconds(1), 50, 10, Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static String fixture(String name) {
        return Fixtures.read("llm/" + name);
    }

    private static ProviderRequest request() {
        return new ProviderRequest(LlmTask.JOB_SUMMARY, "llama3.2:3b",
                new RenderedPrompt("v1", "You summarize job posts.", "Summarize: mobile role", SCHEMA), null,
                Duration.ofSeconds(10));
    }

    @Test
    void aChatSendsTheSchemaAsFormatAndReadsTokenCounts() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(fixture("ollama-chat.json")));

        ProviderReply reply = provider.call(request());

        assertThat(JSON.readTree(reply.text()).path("mustHaveSkills").get(0).asString()).isEqualTo("React Native");
        assertThat(reply.usage().promptTokens()).isEqualTo(402);
        assertThat(reply.usage().completionTokens()).isEqualTo(64);
        RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(sent.getPath()).isEqualTo("/api/chat");
        JsonNode body = JSON.readTree(sent.getBody().readUtf8());
        assertThat(body.path("model").asString()).isEqualTo("llama3.2:3b");
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("format").path("required").get(0).asString()).isEqualTo("summary");
        assertThat(body.path("messages").get(1).path("content").asString()).contains("mobile role");
    }

    @Test
    void aStreamRelaysTheNdjsonLinesAndTheFinalCounts() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/x-ndjson")
                .setBody(fixture("ollama-chat-stream.ndjson")));
        List<String> deltas = new ArrayList<>();

        ProviderReply reply = provider.stream(new ProviderRequest(LlmTask.INTERVIEW_PREP, "llama3.2:3b",
                new RenderedPrompt("v1", "Prepare.", "Prepare me.", null), null, Duration.ofSeconds(10)), deltas::add);

        assertThat(deltas.size()).isGreaterThan(1);
        assertThat(deltas).containsExactly("Prepare", " two stories", " about", " flaky tests.");
        assertThat(reply.text()).isEqualTo("Prepare two stories about flaky tests.");
        assertThat(reply.usage().promptTokens()).isEqualTo(97);
        assertThat(reply.usage().completionTokens()).isEqualTo(6);
        JsonNode body = JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8());
        assertThat(body.path("stream").asBoolean()).isTrue();
    }

    @Test
    void healthComesFromTheTagsList() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(fixture("ollama-tags.json")));
        assertThat(provider.status().available()).isTrue();
        assertThat(provider.status().models()).contains("llama3.2:3b", "mxbai-embed-large:latest");
        assertThat(server.getRequestCount()).as("cached").isEqualTo(1);
    }

    @Test
    void anUnknownModelIsOurBugAndAServerErrorAllowsFallback() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                .setBody(fixture("ollama-error-model-not-found.json")));
        assertThat(kindOf(provider)).isEqualTo(LlmProviderException.Kind.BAD_REQUEST);
        server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":\"out of memory\"}"));
        assertThat(kindOf(provider)).isEqualTo(LlmProviderException.Kind.SERVER_ERROR);
    }

    @Test
    void anOllamaThatIsNotRunningIsUnavailableAndUnreachable() throws IOException {
        int port = server.getPort();
        server.shutdown();
        OllamaProvider offline = providerFor("http://127.0.0.1:" + port);
        assertThat(offline.status().available()).isFalse();
        assertThat(kindOf(offline)).isEqualTo(LlmProviderException.Kind.CONNECTION);
    }

    private static LlmProviderException.Kind kindOf(OllamaProvider target) {
        try {
            target.call(request());
        } catch (LlmProviderException failure) {
            return failure.kind();
        }
        throw new AssertionError("expected a failure");
    }
}
