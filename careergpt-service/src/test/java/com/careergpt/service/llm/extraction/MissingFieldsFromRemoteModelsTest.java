package com.careergpt.service.llm.extraction;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.llm.support.LlmTestTokens;
import com.careergpt.service.support.Fixtures;
import com.careergpt.service.support.GatewayTestSupport;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collection with job_extract routed to OpenAI (then builtin) and the real providers pointed at local fakes that
 * speak OpenAI's chat-completions and Ollama's /api/chat wire formats: fields the rules left empty are filled from
 * the model's structured output and marked with their source, rule values are never replaced, and a model that
 * fails or talks nonsense costs nothing but the fill.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careergpt.llm.router.rules[0].task=job_extract",
        "careergpt.llm.router.rules[0].route=openai:gpt-4o-mini,builtin",
        "careergpt.llm.router.cache-ttl=0s",
        "careergpt.llm.remote.retry-attempts=1",
        "careergpt.gateway.user-requests-per-minute=100000"})
class MissingFieldsFromRemoteModelsTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final MockWebServer OPENAI = new MockWebServer();
    static final MockWebServer OLLAMA = new MockWebServer();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A page whose rules find title, city, country and contract, but no company and no pay. */
    static final String PAGE = """
            <html><head><title>%1$s</title></head><body><main>
            <h1>%1$s</h1>
            <dl><dt>Location</dt><dd>Lisbon, Portugal</dd><dt>Contract</dt><dd>Full-time</dd></dl>
            <p>The data team of Kelp Labs builds the pipelines behind our seaweed farms' sensors. You will design batch
            and streaming jobs, own their monitoring and review your colleagues' code.</p>
            <p>We pay between fifty-five and seventy thousand euros a year, with a yearly bonus.</p>
            <p>Requirements: SQL, Python and Apache Airflow.</p>
            <p>Apply by sending your CV to jobs@kelp.example.</p>
            </main></body></html>""";

    static final String ANSWER = """
            {"title":"Data Engineer","company":"Kelp Labs","location":{"city":"Lisbon","region":null,"country":"PT"},
             "remote":null,"salary":{"min":55000,"max":70000,"currency":"EUR","period":"year"},
             "employmentType":"full_time","seniority":null,"datePosted":null,"skills":["SQL","Python","Apache Airflow"]}""";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        gatewayProperties(registry, IDENTITY);
        OPENAI.start();
        OLLAMA.start();
        registry.add("spring.ai.openai.base-url", () -> OPENAI.url("/v1").toString());
        registry.add("spring.ai.openai.api-key", () -> "sk-fill");
        registry.add("spring.ai.ollama.base-url", () -> OLLAMA.url("/").toString().replaceAll("/$", ""));
    }

    @AfterAll
    static void stop() throws IOException {
        IDENTITY.close();
        OPENAI.shutdown();
        OLLAMA.shutdown();
    }

    @BeforeEach
    void drainRequests() throws InterruptedException {
        while (OPENAI.takeRequest(1, TimeUnit.MILLISECONDS) != null) {
            continue;
        }
    }

    private TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    private static MockResponse openAiAnswer(String content) {
        ObjectNode completion = (ObjectNode) JSON.readTree(Fixtures.read("llm/openai-chat-completion.json"));
        ((ObjectNode) completion.path("choices").get(0).path("message")).put("content", content);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(completion.toString());
    }

    private static MockResponse ollamaAnswer(String content) {
        ObjectNode chat = (ObjectNode) JSON.readTree(Fixtures.read("llm/ollama-chat.json"));
        ((ObjectNode) chat.path("message")).put("content", content);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(chat.toString());
    }

    /** Collects the page (a unique title each time, so no answer is served from anywhere but the fake). */
    private JsonNode collectPage(String title, Map<String, String> auth) {
        String body = JSON.writeValueAsString(Map.of("html", PAGE.formatted(title),
                "url", "https://kelp.example/careers/" + UUID.randomUUID()));
        TestHttp.Response response = device().post("/api/jobs/collect?wait=true", body, auth);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode item = response.json().path("items").get(0);
        assertThat(item.path("outcome").asString()).as("a job of its own (the pages differ in their titles only, "
                + "so later ones are linked as duplicates)").isIn("stored", "duplicate");
        return device().get("/api/jobs/" + item.path("jobId").asString(), auth).json();
    }

    @Test
    void fieldsTheRulesLeftEmptyAreFilledFromOpenAisStructuredOutputAndMarkedWithTheModel() throws Exception {
        OPENAI.enqueue(openAiAnswer(ANSWER));

        JsonNode job = collectPage("Data Engineer", LlmTestTokens.user("fill-user"));

        assertThat(job.path("company").asString()).isEqualTo("Kelp Labs");
        assertThat(job.path("salary").path("min").asInt()).isEqualTo(55000);
        assertThat(job.path("salary").path("max").asInt()).isEqualTo(70000);
        assertThat(job.path("salary").path("currency").asString()).isEqualTo("EUR");
        String model = "llm:openai/gpt-4o-mini-2024-07-18";
        assertThat(job.path("fieldSources").path("company").asString()).isEqualTo(model);
        assertThat(job.path("fieldSources").path("salary").asString()).isEqualTo(model);
        assertThat(job.path("fieldSources").path("title").asString()).isEqualTo("rules");
        assertThat(job.path("fieldSources").path("location").asString()).isEqualTo("rules");
        assertThat(job.path("provenance").path("extractor").asString()).endsWith("+llm");

        RecordedRequest sent = OPENAI.takeRequest(5, TimeUnit.SECONDS);
        assertThat(sent.getPath()).isEqualTo("/v1/chat/completions");
        JsonNode request = JSON.readTree(sent.getBody().readUtf8());
        assertThat(request.path("response_format").path("json_schema").path("schema").path("properties").has("datePosted"))
                .as("job_extract's schema goes with the call").isTrue();
        assertThat(request.toString()).contains("Kelp Labs builds the pipelines");
    }

    @Test
    void aModelAnswerContradictingARuleValueDoesNotReplaceIt() {
        String contradicting = ANSWER.replace("\"city\":\"Lisbon\"", "\"city\":\"Porto\"")
                .replace("\"employmentType\":\"full_time\"", "\"employmentType\":\"internship\"")
                .replace("\"title\":\"Data Engineer\"", "\"title\":\"Chief Seaweed Officer\"");
        OPENAI.enqueue(openAiAnswer(contradicting));

        JsonNode job = collectPage("Data Platform Engineer", LlmTestTokens.user("fill-user-2"));

        assertThat(job.path("title").asString()).isEqualTo("Data Platform Engineer");
        assertThat(job.path("location").path("city").asString()).isEqualTo("Lisbon");
        assertThat(job.path("employmentType").asString()).isEqualTo("full_time");
        assertThat(job.path("fieldSources").path("location").asString()).isEqualTo("rules");
        assertThat(job.path("fieldSources").path("employmentType").asString()).isEqualTo("rules");
        assertThat(job.path("company").asString()).as("an empty field is still filled").isEqualTo("Kelp Labs");
    }

    @Test
    void aGarbageAnswerOrAServerErrorLeavesTheFieldsEmptyAndTheJobStored() {
        OPENAI.enqueue(openAiAnswer("Sure! Here is the data you asked for: company Kelp Labs, pay is good."));
        OPENAI.enqueue(openAiAnswer("{\"title\": \"Data Engineer\", \"company\": "));

        JsonNode afterGarbage = collectPage("Streaming Data Engineer", LlmTestTokens.user("fill-user-3"));

        assertThat(afterGarbage.has("company")).isFalse();
        assertThat(afterGarbage.has("salary")).isFalse();
        assertThat(afterGarbage.path("fieldSources").path("title").asString()).isEqualTo("rules");
        assertThat(afterGarbage.path("fieldSources").has("company")).isFalse();
        assertThat(afterGarbage.path("provenance").path("extractor").asString()).doesNotEndWith("+llm");

        OPENAI.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":{\"message\":\"overloaded\"}}"));
        int before = OPENAI.getRequestCount();

        JsonNode afterError = collectPage("Batch Data Engineer", LlmTestTokens.user("fill-user-3"));

        assertThat(afterError.has("company")).isFalse();
        assertThat(afterError.path("fieldSources").has("salary")).isFalse();
        assertThat(OPENAI.getRequestCount() - before).as("the route's builtin entry is not asked").isEqualTo(1);
    }

    @Test
    void anOllamaRouteFillsTheSameWayAndNamesOllama() throws Exception {
        Map<String, String> admin = LlmTestTokens.admin("fill-admin");
        TestHttp.Response put = device().send("/api/admin/llm/routes", "PUT",
                "{\"task\":\"job_extract\",\"tier\":\"*\",\"route\":[{\"provider\":\"ollama\",\"model\":\"llama3.2:3b\"}]}",
                admin);
        assertThat(put.status()).as(put.body()).isIn(200, 201, 204);
        try {
            OLLAMA.enqueue(ollamaAnswer(ANSWER));

            JsonNode job = collectPage("Analytics Data Engineer", LlmTestTokens.user("fill-user-4"));

            assertThat(job.path("company").asString()).isEqualTo("Kelp Labs");
            assertThat(job.path("fieldSources").path("salary").asString()).isEqualTo("llm:ollama/llama3.2:3b");
            RecordedRequest sent = OLLAMA.takeRequest(5, TimeUnit.SECONDS);
            assertThat(sent.getPath()).isEqualTo("/api/chat");
        } finally {
            device().send("/api/admin/llm/routes?task=job_extract&tier=*", "DELETE", null, admin);
        }
    }
}
