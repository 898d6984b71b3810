package com.careergpt.service.llm.api;

import jakarta.validation.Valid;

import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.security.Caller;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An analysis request made into a router call (the request's constraints checked, stored jobs and resumes read for
 * the caller) and, unless streamed, run and kept in the caller's results: {@code POST /api/analyze} and
 * the MCP {@code analyze} tool.
 */
@Component
@Validated
public class Analyses {

    private final LlmRouter router;
    private final AnalysisInputs stored;
    private final AnalysisRecorder recorder;

    Analyses(LlmRouter router, AnalysisInputs stored, AnalysisRecorder recorder) {
        this.router = router;
        this.stored = stored;
        this.recorder = recorder;
    }

    /** Runs the request's task for the caller and keeps the answer in its results. */
    public AnalysisResponse run(@Valid AnalyzeRequest request, Caller caller) {
        LlmCall call = call(request, caller);
        return recorder.record(call, router.run(call));
    }

    /** The router call of a request its constraints accept (HTTP and MCP alike); else a 400 naming the field. */
    public LlmCall call(@Valid AnalyzeRequest request, Caller caller) {
        LlmTask task = LlmTask.fromJson(request.task()).orElseThrow();
        LlmCaller llmCaller = LlmCallers.of(caller);
        return new LlmCall(task, inputs(request, llmCaller), llmCaller);
    }

    private ObjectNode inputs(AnalyzeRequest request, LlmCaller caller) {
        ObjectNode inputs = JsonNodeFactory.instance.objectNode();
        putText(inputs, "text", request.text());
        putText(inputs, "question", request.question());
        putText(inputs, "tone", request.tone());
        putObject(inputs, "job", request.job());
        putObject(inputs, "resume", request.resume());
        putObject(inputs, "stats", request.stats());
        if (request.jobId() != null && !request.jobId().isBlank()) {
            inputs.set("job", stored.job(request.jobId().strip(), caller));
        }
        if (request.resumeId() != null && !request.resumeId().isBlank()) {
            inputs.set("resume", stored.resume(request.resumeId().strip(), caller));
        }
        return inputs;
    }

    private static void putText(ObjectNode inputs, String field, String value) {
        if (value != null) {
            inputs.put(field, value);
        }
    }

    private static void putObject(ObjectNode inputs, String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        ObjectNode copy = (ObjectNode) value.deepCopy();
        // An id names a stored job or resume; only jobId and resumeId may set it.
        copy.remove("id");
        inputs.set(field, copy);
    }
}
