package com.careergpt.service.llm.routing;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;

import com.careergpt.service.llm.LlmProvider;
import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.LlmProviderException.Kind;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.ProviderStatus;

import org.springframework.beans.factory.DisposableBean;

/**
 * Runs provider calls on a bounded pool so that the route's timeout holds even for a provider that does not
 * enforce it, and so that a provider's unexpected exception becomes a classified failure instead of a 500. A call
 * runs in its caller's context: the MDC, and the current observation, so that Spring AI's model spans belong to the
 * request's trace.
 */
class ProviderCalls implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(3);
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private final ThreadPoolExecutor pool;

    ProviderCalls(int maxConcurrentCalls) {
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(0, maxConcurrentCalls, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "llm-call-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** @param onText receives streamed text, or null for a plain call */
    ProviderReply call(LlmProvider provider, ProviderRequest request, Consumer<String> onText) {
        var context = MDC.getCopyOfContextMap();
        ContextSnapshot snapshot = SNAPSHOTS.captureAll();
        Future<ProviderReply> answer;
        try {
            answer = pool.submit(snapshot.wrap(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    return onText == null ? provider.call(request) : provider.stream(request, onText);
                }
                finally {
                    MDC.clear();
                }
            }));
        }
        catch (RejectedExecutionException busy) {
            throw new LlmProviderException(Kind.UNAVAILABLE, provider.name(),
                    "too many model calls in flight (" + pool.getMaximumPoolSize() + ")");
        }
        try {
            ProviderReply reply = answer.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null || reply.text() == null) {
                throw new LlmProviderException(Kind.INVALID_OUTPUT, provider.name(), "the provider returned no reply");
            }
            return reply;
        }
        catch (TimeoutException slow) {
            answer.cancel(true);
            throw new LlmProviderException(Kind.TIMEOUT, provider.name(),
                    "no answer within " + request.timeout().toMillis() + " ms", null, slow);
        }
        catch (InterruptedException interrupted) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmProviderException(Kind.UNAVAILABLE, provider.name(), "interrupted while waiting", null, interrupted);
        }
        catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof LlmProviderException classified) {
                throw classified;
            }
            log.error("Provider {} failed with an unclassified exception", provider.name(), cause);
            throw new LlmProviderException(Kind.SERVER_ERROR, provider.name(),
                    "unexpected " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), null, cause);
        }
    }

    ProviderStatus status(LlmProvider provider) {
        try {
            return pool.submit(provider::status).get(STATUS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException slow) {
            return new ProviderStatus(provider.name(), false, "status check timed out", null);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new ProviderStatus(provider.name(), false, "status check interrupted", null);
        }
        catch (ExecutionException | RejectedExecutionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            return new ProviderStatus(provider.name(), false, "status check failed: " + cause.getMessage(), null);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
