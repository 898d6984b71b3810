package com.careergpt.service.llm.remote;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.beans.factory.ObjectFactory;

import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.ProviderReply;

/**
 * How a remote provider calls its Spring AI chat model: behind its retry and circuit breaker, within the call's
 * deadline, with failures turned into the router's kinds by the provider's own classifier. The model is looked up on
 * the first call (a remote model is created on first use, see {@link RemoteChatModelsOnFirstUse}).
 */
public final class ChatModelCalls {

    private final String provider;
    private final ObjectFactory<? extends ChatModel> model;
    private final ResilientCalls resilience;
    private final Function<RuntimeException, LlmProviderException> classify;
    private final Executor executor;

    public ChatModelCalls(String provider, ObjectFactory<? extends ChatModel> model, RemoteProviderProperties properties,
            Function<RuntimeException, LlmProviderException> classify) {
        this.provider = provider;
        this.model = model;
        this.resilience = new ResilientCalls(provider, properties);
        this.classify = classify;
        this.executor = RemoteCalls.callThreads(provider);
    }

    public ProviderReply call(Prompt prompt, String requestedModel, Duration timeout) {
        return resilience.call(() -> RemoteCalls.withDeadline(provider, timeout, executor, () -> {
            try {
                return RemoteCalls.reply(provider, requestedModel, model.getObject().call(prompt));
            } catch (RuntimeException failure) {
                throw classify.apply(failure);
            }
        }));
    }

    public ProviderReply stream(Prompt prompt, String requestedModel, Duration timeout, Consumer<String> onText) {
        return resilience.call(() -> RemoteCalls.stream(provider, requestedModel, model.getObject().stream(prompt), timeout, onText,
                classify));
    }
}
