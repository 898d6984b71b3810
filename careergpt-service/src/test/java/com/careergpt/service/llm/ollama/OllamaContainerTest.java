package com.careergpt.service.llm.ollama;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.ollama.OllamaContainer;

import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.RenderedPrompt;
import com.careergpt.service.llm.remote.RemoteProviderProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a real Ollama with a tiny model, where Docker exists (skipped otherwise; the wire-level fakes in
 * {@link OllamaProviderWireTest} cover the same behaviour everywhere).
 */
@Testcontainers(disabledWithoutDocker = true)
class OllamaContainerTest {

    static final String MODEL = "qwen2.5:0.5b";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Container
    static final OllamaContainer OLLAMA = new OllamaContainer("ollama/ollama:0.5.7");

    @Test
    void aTinyModelAnswersInTheRequestedSchema() throws Exception {
        OLLAMA.execInContainer("ollama", "pull", MODEL);
        OllamaApi api = OllamaApi.builder().baseUrl(OLLAMA.getEndpoint()).build();
        OllamaChatModel model = OllamaChatModel.builder().ollamaApi(api)
                .options(OllamaChatOptions.builder().model(MODEL).build()).build();
        OllamaProvider provider = new OllamaProvider(() -> model, () -> api, OLLAMA.getEndpoint(), Clock.systemUTC(),
                RemoteProviderProperties.defaults());
        JsonNode schema = JSON.readTree("""
                {"type":"object","required":["skills"],"properties":{"skills":{"type":"array","items":{"type":"string"}}}}""");

        ProviderReply reply = provider.call(new ProviderRequest(LlmTask.JOB_SUMMARY, MODEL,
                new RenderedPrompt("v1", "List the skills a job post asks for.",
                        "Job: backend engineer with Java and PostgreSQL.", schema), null, Duration.ofMinutes(3)));

        assertThat(provider.status().models()).anyMatch(name -> name.startsWith("qwen2.5"));
        assertThat(JSON.readTree(reply.text()).path("skills").isArray()).isTrue();
        assertThat(reply.usage().completionTokens()).isPositive();
    }
}
