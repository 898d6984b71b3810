package com.careergpt.service.llm.openai;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenAI provider against a local server that answers exactly like the OpenAI API (bodies from the llm fixtures). */
class OpenAiProviderWireTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNode SCHEMA = JSON.readTree("""
            {"type":"object","additionalProperties":false,"required":["summary"],"properties":{"summary":{"type":"string"}}}""");

    MockWebServer server;
    OpenAiProvider provider;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        String baseUrl = server.url("/").toString().replaceAll("/$", "");
        OpenAiChatModel model = OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder().baseUrl(baseUrl + "/v1").apiKey("sk-test-key").maxRetries(0)
                        .model("gpt-4o-mini").build())
                .build();
        provider = new OpenAiProvider(() -> model, "sk-test-key", baseUrl, ONE_TRY);
        this.model = model;
        this.baseUrl = baseUrl;
    }

    /** One try per call, so each enqueued answer is one call's outcome. */
    static final RemoteProviderProperties ONE_TRY = new RemoteProviderProperties(1, Duration.ofMillis(10),
            Duration.ofSeconds(2), 50, 10, Duration.ofSeconds(30));

    OpenAiChatModel model;
    String baseUrl;

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static String fixture(String name) {
        return Fixtures.read("llm/" + name);
    }

    private static ProviderRequest summaryRequest(Duration timeout) {
        return new ProviderRequest(LlmTask.JOB_SUMMARY, "gpt-4o-mini",
                new RenderedPrompt("v1", "You summarize job posts.", "Summarize: Java role", SCHEMA), null, timeout);
    }

    @Test
    void aChatCompletionSendsOurSchemaAndReadsTextAndUsage() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(fixture("openai-chat-completion.json")));

        ProviderReply reply = provider.call(summaryRequest(Duration.ofSeconds(10)));

        assertThat(JSON.readTree(reply.text()).path("mustHaveSkills").get(0).asString()).isEqualTo("Java");
        assertThat(reply.usage().promptTokens()).isEqualTo(538);
        assertThat(reply.usage().completionTokens()).isEqualTo(71);
        RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(sent.getPath()).endsWith("/chat/completions");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer sk-test-key");
        JsonNode body = JSON.readTree(sent.getBody().readUtf8());
        assertThat(body.path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").toString()).contains("Summarize: Java role");
        assertThat(body.path("response_format").path("type").asString()).isEqualTo("json_schema");
        assertThat(body.path("response_format").path("json_schema").path("schema").path("required").get(0).asString())
                .isEqualTo("summary");
    }

    @Test
    void failuresAreClassifiedForTheRouter() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
                .setHeader("retry-after", "7").setBody(fixture("openai-error-429.json")));
        assertThatThrownBy(() -> provider.call(summaryRequest(Duration.ofSeconds(10))))
                .isInstanceOfSatisfying(LlmProviderException.class, error -> {
                    assertThat(error.kind()).isEqualTo(LlmProviderException.Kind.RATE_LIMITED);
                    assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                });

        server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":{\"message\":\"boom\"}}"));
        assertThat(kindOf(Duration.ofSeconds(10))).isEqualTo(LlmProviderException.Kind.SERVER_ERROR);

        server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":{\"message\":\"Invalid schema\",\"type\":\"invalid_request_error\"}}"));
        int before = server.getRequestCount();
        assertThat(kindOf(Duration.ofSeconds(10))).isEqualTo(LlmProviderException.Kind.BAD_REQUEST);
        assertThat(server.getRequestCount() - before).as("no retry of our own bad request").isEqualTo(1);

        server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody(fixture("openai-error-401.json")));
        assertThat(kindOf(Duration.ofSeconds(10))).isEqualTo(LlmProviderException.Kind.UNAVAILABLE);

        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[]}"));
        assertThat(kindOf(Duration.ofSeconds(10))).isEqualTo(LlmProviderException.Kind.INVALID_OUTPUT);

        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(fixture("openai-chat-completion.json")).setHeadersDelay(3, TimeUnit.SECONDS));
        assertThat(kindOf(Duration.ofMillis(500))).isEqualTo(LlmProviderException.Kind.TIMEOUT);
    }

    @Test
    void aClosedPortIsAConnectionError() throws IOException {
        server.shutdown();
        assertThat(kindOf(Duration.ofSeconds(10))).isEqualTo(LlmProviderException.Kind.CONNECTION);
    }

    @Test
    void withoutAKeyTheOfficialEndpointIsReportedUnavailable() {
        OpenAiProvider unconfigured = new OpenAiProvider(() -> null, "", "https://api.openai.com/v1", ONE_TRY);
        assertThat(unconfigured.status().available()).isFalse();
        assertThat(unconfigured.status().detail()).contains("OPENAI_API_KEY");
    }

    @Test
    void aStreamRelaysDeltasInOrderAndReadsTheUsageChunk() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(fixture("openai-chat-completion-stream.sse")));
        List<String> deltas = new ArrayList<>();

        ProviderReply reply = provider.stream(new ProviderRequest(LlmTask.COVER_LETTER, "gpt-4o-mini",
                new RenderedPrompt("v1", "Write letters.", "Write one.", null), null, Duration.ofSeconds(10)), deltas::add);

        assertThat(deltas.size()).isGreaterThan(1);
        assertThat(String.join("", deltas)).isEqualTo(reply.text())
                .isEqualTo("Dear Larkspur Freight team, I would like to bring seven years of Java to your platform group.");
        assertThat(reply.usage().promptTokens()).isEqualTo(455);
        assertThat(reply.usage().completionTokens()).isEqualTo(21);
        JsonNode body = JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8());
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
        assertThat(body.has("response_format")).as("prose is plain text").isFalse();
    }

    @Test
    void aRateLimitIsRetriedAfterTheAskedDelayAndRepeatedFailuresOpenTheBreaker() throws Exception {
        OpenAiProvider resilient = new OpenAiProvider(() -> model, "sk-test-key", baseUrl,
                new RemoteProviderProperties(2, Duration.ofMillis(10), Duration.ofSeconds(2), 50, 4, Duration.ofMinutes(1)));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("retry-after", "1")
                .setHeader("Content-Type", "application/json").setBody(fixture("openai-error-429.json")));
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(fixture("openai-chat-completion.json")));
        long started = System.nanoTime();
        assertThat(resilient.call(summaryRequest(Duration.ofSeconds(10))).text()).contains("mustHaveSkills");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(server.getRequestCount()).isEqualTo(2);

        for (int i = 0; i < 8; i++) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":{\"message\":\"down\"}}"));
        }
        for (int i = 0; i < 4; i++) {
            try {
                resilient.call(summaryRequest(Duration.ofSeconds(10)));
            } catch (LlmProviderException expected) {
                assertThat(expected.kind()).isIn(LlmProviderException.Kind.SERVER_ERROR, LlmProviderException.Kind.UNAVAILABLE);
            }
        }
        int requestsWhenOpen = server.getRequestCount();
        assertThatThrownBy(() -> resilient.call(summaryRequest(Duration.ofSeconds(10))))
                .isInstanceOfSatisfying(LlmProviderException.class,
                        error -> assertThat(error.kind()).isEqualTo(LlmProviderException.Kind.UNAVAILABLE));
        assertThat(server.getRequestCount()).as("an open breaker sends nothing").isEqualTo(requestsWhenOpen);
    }

    private LlmProviderException.Kind kindOf(Duration timeout) {
        try {
            provider.call(summaryRequest(timeout));
        } catch (LlmProviderException failure) {
            return failure.kind();
        }
        throw new AssertionError("expected a failure");
    }
}
