package com.careergpt.service.llm.remote;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;

import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.RenderedPrompt;
import com.careergpt.service.llm.TokenUsage;

import reactor.core.publisher.Flux;

/** What remote providers share: messages from a rendered prompt, a per-call deadline, and reading the answer. */
public final class RemoteCalls {

    private RemoteCalls() {
    }

    /** Threads that carry remote calls, so a call can be abandoned at its deadline. */
    public static ExecutorService callThreads(String provider) {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, provider + "-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static List<Message> messages(RenderedPrompt prompt) {
        return prompt.system() == null || prompt.system().isBlank()
                ? List.of(new UserMessage(prompt.user()))
                : List.of(new SystemMessage(prompt.system()), new UserMessage(prompt.user()));
    }

    /** Runs the call on {@code executor} and gives up at the deadline (the HTTP exchange is abandoned). */
    public static <T> T withDeadline(String provider, Duration timeout, Executor executor, Supplier<T> call) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(call, executor);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            future.cancel(true);
            throw new LlmProviderException(LlmProviderException.Kind.TIMEOUT, provider,
                    provider + " did not answer within " + timeout.toMillis() + " ms", null, late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LlmProviderException(LlmProviderException.Kind.TIMEOUT, provider, "interrupted", null, interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new LlmProviderException(LlmProviderException.Kind.SERVER_ERROR, provider, failed.getCause().toString(),
                    null, failed.getCause());
        }
    }

    /** The answer's text, model and usage; no choice at all is an invalid answer, not an empty one. */
    public static ProviderReply reply(String provider, String requestedModel, ChatResponse response) {
        if (response == null || response.getResult() == null || response.getResult().getOutput() == null
                || response.getResult().getOutput().getText() == null) {
            throw new LlmProviderException(LlmProviderException.Kind.INVALID_OUTPUT, provider,
                    provider + " answered without any choice");
        }
        String model = response.getMetadata() == null || response.getMetadata().getModel() == null
                || response.getMetadata().getModel().isBlank() ? requestedModel : response.getMetadata().getModel();
        return new ProviderReply(model, response.getResult().getOutput().getText(), usage(response));
    }

    /**
     * Relays a streamed answer: each piece of text goes to {@code onText} as it arrives; the usage of the last chunk
     * that reports one is kept. The whole stream must end within {@code timeout}.
     */
    public static ProviderReply stream(String provider, String requestedModel, Flux<ChatResponse> chunks, Duration timeout,
            Consumer<String> onText, Function<RuntimeException, LlmProviderException> classify) {
        StringBuilder text = new StringBuilder();
        AtomicReference<TokenUsage> usage = new AtomicReference<>(TokenUsage.NONE);
        AtomicReference<String> model = new AtomicReference<>(requestedModel);
        try {
            chunks.doOnNext(chunk -> {
                String piece = chunk.getResult() == null || chunk.getResult().getOutput() == null ? null
                        : chunk.getResult().getOutput().getText();
                if (piece != null && !piece.isEmpty()) {
                    text.append(piece);
                    onText.accept(piece);
                }
                TokenUsage reported = usage(chunk);
                if (reported.promptTokens() + reported.completionTokens() > 0) {
                    usage.set(reported);
                }
                if (chunk.getMetadata() != null && chunk.getMetadata().getModel() != null
                        && !chunk.getMetadata().getModel().isBlank()) {
                    model.set(chunk.getMetadata().getModel());
                }
            }).blockLast(timeout);
        } catch (IllegalStateException late) {
            throw new LlmProviderException(LlmProviderException.Kind.TIMEOUT, provider,
                    provider + " did not finish its answer within " + timeout.toMillis() + " ms", null, late);
        } catch (RuntimeException failure) {
            throw classify.apply(failure);
        }
        if (text.isEmpty()) {
            throw new LlmProviderException(LlmProviderException.Kind.INVALID_OUTPUT, provider, provider + " streamed no text");
        }
        return new ProviderReply(model.get(), text.toString(), usage.get());
    }

    static TokenUsage usage(ChatResponse response) {
        Usage usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
        if (usage == null) {
            return TokenUsage.NONE;
        }
        return new TokenUsage(usage.getPromptTokens() == null ? 0 : usage.getPromptTokens(),
                usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens());
    }
}
