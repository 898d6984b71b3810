package com.careergpt.service.llm.remote;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;

import io.micrometer.core.instrument.MeterRegistry;
import com.careergpt.service.llm.support.LlmTestTokens;
import com.careergpt.service.support.Fixtures;
import com.careergpt.service.support.GatewayTestSupport;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service with the real OpenAI provider pointed at a local fake of the OpenAI API: the configured route
 * reaches it, a server error falls back to builtin, and a runtime route change switches providers without restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careergpt.llm.router.default-route=openai:gpt-4o-mini,builtin",
        "careergpt.llm.router.cache-ttl=0s",
        "careergpt.llm.remote.retry-attempts=1",
        "careergpt.gateway.user-requests-per-minute=100000"})
class RemoteProvidersEndToEndTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final MockWebServer OPENAI = new MockWebServer();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String JOB = "{\"task\":\"job_summary\",\"text\":\"Senior Java engineer. Requirements: Java, Spring Boot, PostgreSQL.\"}";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        gatewayProperties(registry, IDENTITY);
        OPENAI.start();
        registry.add("spring.ai.openai.base-url", () -> OPENAI.url("/v1").toString());
        registry.add("spring.ai.openai.api-key", () -> "sk-e2e");
    }

    @AfterAll
    static void stop() throws IOException {
        IDENTITY.close();
        OPENAI.shutdown();
    }

    private TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    private static String fixture(String name) {
        return Fixtures.read("llm/" + name);
    }

    @Test
    void theConfiguredRouteReachesOpenAiAndAServerErrorFallsBackToBuiltin() throws Exception {
        Map<String, String> user = LlmTestTokens.user("e2e-user");
        OPENAI.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(fixture("openai-chat-completion.json")));

        TestHttp.Response answered = device().post("/api/analyze", JOB, user);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().path("provider").asString()).isEqualTo("openai");
        assertThat(answered.json().path("usage").path("promptTokens").asInt()).isEqualTo(538);
        RecordedRequest sent = OPENAI.takeRequest(5, TimeUnit.SECONDS);
        JsonNode body = JSON.readTree(sent.getBody().readUtf8());
        assertThat(body.path("response_format").path("json_schema").path("schema").path("properties").has("mustHaveSkills")).isTrue();
        assertThat(meters.find("gen_ai.client.operation").timers())
                .as("Spring AI's chat observation is recorded").isNotEmpty();

        OPENAI.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":{\"message\":\"overloaded\"}}"));
        TestHttp.Response fallback = device().post("/api/analyze", JOB, user);
        assertThat(fallback.status()).as(fallback.body()).isEqualTo(200);
        assertThat(fallback.json().path("provider").asString()).isEqualTo("builtin");
        assertThat(fallback.json().path("output").path("mustHaveSkills").valueStream().map(JsonNode::asString).toList())
                .contains("Java");
    }

    @Test
    void anAdminRouteChangeSwitchesTheProviderWithoutRestart() {
        Map<String, String> admin = LlmTestTokens.admin("e2e-admin");
        TestHttp.Response put = device().send("/api/admin/llm/routes", "PUT",
                "{\"task\":\"resume_review\",\"tier\":\"*\",\"route\":[{\"provider\":\"builtin\"}]}", admin);
        assertThat(put.status()).as(put.body()).isIn(200, 201, 204);
        int before = OPENAI.getRequestCount();

        TestHttp.Response answered = device().post("/api/analyze",
                "{\"task\":\"resume_review\",\"resume\":{\"text\":\"Engineer. Built Kafka pipelines, cut costs by 30%.\"}}",
                LlmTestTokens.user("e2e-user-2"));

        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().path("provider").asString()).isEqualTo("builtin");
        assertThat(OPENAI.getRequestCount()).isEqualTo(before);
    }

    @Test
    void providersReportTheirHealth() {
        JsonNode providers = device().get("/api/llm/providers").json();
        assertThat(providers.toString()).contains("\"openai\"", "\"ollama\"", "\"builtin\"");
    }
}
