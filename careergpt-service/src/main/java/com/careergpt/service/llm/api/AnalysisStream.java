package com.careergpt.service.llm.api;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmRouter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Relays a streamed answer as server-sent events: {@code delta} ({@code {"text": chunk}}) while the model writes,
 * then {@code result} (the {@link AnalysisResponse}: the whole result and its stored id) or {@code error} (a problem). Chunks
 * travel as JSON because SSE would eat a chunk's leading space. After a fallback the next provider's text follows
 * the failed one's; the {@code result} event's text is the answer.
 */
@Component
class AnalysisStream {

    private static final Logger log = LoggerFactory.getLogger(AnalysisStream.class);

    private final LlmRouter router;
    private final ThreadPoolTaskExecutor executor;
    private final AnalyzeProperties properties;
    private final AnalysisRecorder recorder;

    AnalysisStream(LlmRouter router, @Qualifier("llmStreamExecutor") ThreadPoolTaskExecutor executor,
            AnalyzeProperties properties, AnalysisRecorder recorder) {
        this.recorder = recorder;
        this.router = router;
        this.executor = executor;
        this.properties = properties;
    }

    SseEmitter start(LlmCall call) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Map<String, String> context = MDC.getCopyOfContextMap();
        try {
            executor.execute(() -> relay(call, emitter, context));
        }
        catch (RejectedExecutionException busy) {
            throw new ProblemException(ProblemType.STREAMS_BUSY, "Too many answers are streaming right now; try again shortly or ask without stream=true.");
        }
        return emitter;
    }

    private void relay(LlmCall call, SseEmitter emitter, Map<String, String> context) {
        if (context != null) {
            MDC.setContextMap(context);
        }
        AtomicBoolean open = new AtomicBoolean(true);
        try {
            LlmResult result = router.stream(call, chunk -> send(emitter, open, "delta", Map.of("text", chunk)));
            send(emitter, open, "result", recorder.record(call, result));
        }
        catch (ProblemException problem) {
            send(emitter, open, "error", problem.toProblemDetail());
        }
        catch (RuntimeException unexpected) {
            log.error("Streamed {} call failed", call.task().json(), unexpected);
            send(emitter, open, "error", new ProblemException(ProblemType.INTERNAL_ERROR,
                    "An unexpected error occurred; it has been logged.").toProblemDetail());
        }
        finally {
            emitter.complete();
            MDC.clear();
        }
    }

    /** Sends one event; once the client is gone, later events are dropped (the call still finishes and is logged). */
    private static void send(SseEmitter emitter, AtomicBoolean open, String name, Object data) {
        if (!open.get()) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        }
        catch (IOException | IllegalStateException gone) {
            open.set(false);
            log.debug("Stream client went away: {}", gone.getMessage());
        }
    }
}
