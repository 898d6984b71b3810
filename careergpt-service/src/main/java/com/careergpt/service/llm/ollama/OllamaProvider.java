package com.careergpt.service.llm.ollama;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.ai.retry.TransientAiException;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

import com.careergpt.service.llm.LlmProvider;
import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.ProviderStatus;
import com.careergpt.service.llm.remote.RemoteCalls;
import com.careergpt.service.llm.remote.RemoteProviderProperties;
import com.careergpt.service.llm.remote.ChatModelCalls;

import tools.jackson.databind.json.JsonMapper;

/**
 * A local Ollama server through Spring AI's Ollama model: structured tasks pass their JSON schema as Ollama's
 * {@code format}. Health is {@code /api/tags} (cached for 30 s), so an Ollama that is not running is reported
 * unavailable rather than failing calls slowly. An unknown model (404) is our configuration's bug, not a fallback case.
 */
@Component
public class OllamaProvider implements LlmProvider {

    public static final String NAME = "ollama";
    private static final Duration HEALTH_TTL = Duration.ofSeconds(30);

    private final ObjectFactory<OllamaApi> api;
    private final String baseUrl;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile ProviderStatus cachedStatus;
    private volatile Instant statusAt = Instant.MIN;

    private final ChatModelCalls calls;

    OllamaProvider(ObjectFactory<OllamaChatModel> chatModel, ObjectFactory<OllamaApi> api,
            @Value("${spring.ai.ollama.base-url:http://localhost:11434}") String baseUrl, Clock clock,
            RemoteProviderProperties properties) {
        this.api = api;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.calls = new ChatModelCalls(NAME, chatModel, properties, OllamaProvider::classify);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderStatus status() {
        Instant now = clock.instant();
        ProviderStatus cached = cachedStatus;
        if (cached != null && statusAt.plus(HEALTH_TTL).isAfter(now)) {
            return cached;
        }
        ProviderStatus fresh;
        try {
            List<String> models = api.getObject().listModels().models().stream().map(OllamaApi.Model::name).toList();
            fresh = new ProviderStatus(NAME, true, "running at " + baseUrl, models);
        } catch (RuntimeException unreachable) {
            fresh = new ProviderStatus(NAME, false, "not reachable at " + baseUrl + " (set OLLAMA_BASE_URL)", List.of());
        }
        cachedStatus = fresh;
        statusAt = now;
        return fresh;
    }

    @Override
    public ProviderReply call(ProviderRequest request) {
        return calls.call(prompt(request), request.model(), timeout(request));
    }

    /** Streams over /api/chat's NDJSON lines. */
    @Override
    public ProviderReply stream(ProviderRequest request, Consumer<String> onText) {
        return calls.stream(prompt(request), request.model(), timeout(request), onText);
    }

    @SuppressWarnings("unchecked")
    private Prompt prompt(ProviderRequest request) {
        OllamaChatOptions.Builder options = OllamaChatOptions.builder().model(request.model());
        if (request.prompt().outputSchema() != null) {
            options.format(json.convertValue(request.prompt().outputSchema(), Map.class));
        }
        return new Prompt(RemoteCalls.messages(request.prompt()), options.build());
    }

    private static Duration timeout(ProviderRequest request) {
        return request.timeout() == null ? Duration.ofSeconds(120) : request.timeout();
    }

    static LlmProviderException classify(RuntimeException failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof LlmProviderException known) {
                return known;
            }
            if (cause instanceof RestClientResponseException response) {
                int status = response.getStatusCode().value();
                String message = NAME + " answered " + status + ": " + response.getResponseBodyAsString();
                if (status == 429) {
                    return new LlmProviderException(LlmProviderException.Kind.RATE_LIMITED, NAME, message, null, failure);
                }
                if (status >= 500) {
                    return new LlmProviderException(LlmProviderException.Kind.SERVER_ERROR, NAME, message, null, failure);
                }
                return new LlmProviderException(LlmProviderException.Kind.BAD_REQUEST, NAME, message, null, failure);
            }
            if (cause instanceof NonTransientAiException refused) {
                boolean rateLimited = refused.getMessage() != null && refused.getMessage().contains("429");
                return new LlmProviderException(rateLimited ? LlmProviderException.Kind.RATE_LIMITED
                        : LlmProviderException.Kind.BAD_REQUEST, NAME, NAME + " refused: " + refused.getMessage(), null, failure);
            }
            if (cause instanceof TransientAiException transientFailure) {
                return new LlmProviderException(LlmProviderException.Kind.SERVER_ERROR, NAME,
                        NAME + " failed: " + transientFailure.getMessage(), null, failure);
            }
            if (cause instanceof ResourceAccessException || cause instanceof ConnectException) {
                return new LlmProviderException(LlmProviderException.Kind.CONNECTION, NAME,
                        NAME + " could not be reached: " + cause.getMessage(), null, failure);
            }
            cause = cause.getCause();
        }
        return new LlmProviderException(LlmProviderException.Kind.SERVER_ERROR, NAME, failure.toString(), null, failure);
    }
}
