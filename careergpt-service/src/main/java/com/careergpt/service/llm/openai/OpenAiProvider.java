package com.careergpt.service.llm.openai;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.careergpt.service.llm.LlmProvider;
import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.ProviderStatus;
import com.careergpt.service.llm.remote.RemoteCalls;
import com.careergpt.service.llm.remote.RemoteProviderProperties;
import com.careergpt.service.llm.remote.ChatModelCalls;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Any OpenAI-compatible chat-completions server (OpenAI, vLLM, LM Studio, llama.cpp server, OpenRouter) through
 * Spring AI's OpenAI model: structured tasks use the native {@code json_schema} response format (strict), prose tasks
 * plain text. Failures are classified for the router: 429 rate-limited (with Retry-After), 5xx server error,
 * network trouble a connection error, 401/403 unavailable (a key problem), other 4xx our bug.
 */
@Component
public class OpenAiProvider implements LlmProvider {

    public static final String NAME = "openai";

    private final String apiKey;
    private final String baseUrl;
    private final ChatModelCalls calls;

    OpenAiProvider(ObjectFactory<OpenAiChatModel> chatModel, @Value("${spring.ai.openai.api-key:}") String apiKey,
            @Value("${spring.ai.openai.base-url:https://api.openai.com/v1}") String baseUrl,
            RemoteProviderProperties properties) {
        this.apiKey = apiKey;
        this.baseUrl = baseUrl;
        this.calls = new ChatModelCalls(NAME, chatModel, properties, OpenAiProvider::classify);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderStatus status() {
        boolean official = baseUrl.contains("api.openai.com");
        if (official && (apiKey == null || apiKey.isBlank())) {
            return new ProviderStatus(NAME, false, "not configured: set OPENAI_API_KEY, or OPENAI_BASE_URL for an "
                    + "OpenAI-compatible server", List.of());
        }
        return new ProviderStatus(NAME, true, "configured for " + baseUrl, List.of());
    }

    @Override
    public ProviderReply call(ProviderRequest request) {
        requireConfigured();
        return calls.call(prompt(request, false), request.model(), timeout(request));
    }

    /** Streams over the chat-completions SSE stream, asking for the usage chunk at its end. */
    @Override
    public ProviderReply stream(ProviderRequest request, Consumer<String> onText) {
        requireConfigured();
        return calls.stream(prompt(request, true), request.model(), timeout(request), onText);
    }

    private void requireConfigured() {
        if (!status().available()) {
            throw new LlmProviderException(LlmProviderException.Kind.UNAVAILABLE, NAME, status().detail());
        }
    }

    private static Duration timeout(ProviderRequest request) {
        return request.timeout() == null ? Duration.ofSeconds(60) : request.timeout();
    }

    private static Prompt prompt(ProviderRequest request, boolean streaming) {
        OpenAiChatOptions.Builder options = OpenAiChatOptions.builder().model(request.model());
        if (streaming) {
            options.streamUsage(true);
        }
        if (request.prompt().outputSchema() != null) {
            options.responseFormat(OpenAiChatModel.ResponseFormat.builder()
                    .type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA)
                    .jsonSchema(JsonMapper.builder().build().writeValueAsString(request.prompt().outputSchema()))
                    .strict(true)
                    .build());
        }
        return new Prompt(RemoteCalls.messages(request.prompt()), options.build());
    }

    static LlmProviderException classify(RuntimeException failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof LlmProviderException known) {
                return known;
            }
            if (cause instanceof OpenAIServiceException service) {
                int status = service.statusCode();
                String message = NAME + " answered " + status + ": " + service.getMessage();
                if (status == 429) {
                    return new LlmProviderException(LlmProviderException.Kind.RATE_LIMITED, NAME, message,
                            retryAfter(service), failure);
                }
                if (status >= 500) {
                    return new LlmProviderException(LlmProviderException.Kind.SERVER_ERROR, NAME, message, null, failure);
                }
                if (status == 401 || status == 403) {
                    return new LlmProviderException(LlmProviderException.Kind.UNAVAILABLE, NAME,
                            message + " (check OPENAI_API_KEY)", null, failure);
                }
                return new LlmProviderException(LlmProviderException.Kind.BAD_REQUEST, NAME, message, null, failure);
            }
            if (cause instanceof OpenAIIoException || cause instanceof IOException) {
                return new LlmProviderException(LlmProviderException.Kind.CONNECTION, NAME,
                        NAME + " could not be reached: " + cause.getMessage(), null, failure);
            }
            cause = cause.getCause();
        }
        return new LlmProviderException(LlmProviderException.Kind.SERVER_ERROR, NAME, failure.toString(), null, failure);
    }

    private static Duration retryAfter(OpenAIServiceException service) {
        List<String> values = service.headers().values("retry-after");
        if (values.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofMillis((long) (Double.parseDouble(values.get(0).trim()) * 1000));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }
}
