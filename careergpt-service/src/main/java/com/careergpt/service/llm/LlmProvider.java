package com.careergpt.service.llm;

import java.util.function.Consumer;

/**
 * One model backend ({@code builtin}, {@code openai}, {@code ollama}). Implementations turn transport failures
 * into {@link LlmProviderException}s with the right {@link LlmProviderException.Kind}, so the router knows whether
 * falling back to the next route is allowed.
 */
public interface LlmProvider {

    /** The name routes use: {@code builtin}, {@code openai} or {@code ollama}. */
    String name();

    ProviderStatus status();

    ProviderReply call(ProviderRequest request);

    /** Streams the answer's text as it arrives and returns the whole reply; by default one piece at the end. */
    default ProviderReply stream(ProviderRequest request, Consumer<String> onText) {
        ProviderReply reply = call(request);
        onText.accept(reply.text());
        return reply;
    }
}
