package com.careergpt.service.llm.api;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.security.Caller;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An analysis request made into a router call (the task checked, texts and objects bounded, stored jobs and resumes
 * read for the caller) and, unless streamed, run and kept in the caller's results: {@code POST /api/analyze} and
 * the MCP {@code analyze} tool.
 */
@Component
public class Analyses {

    private final LlmRouter router;
    private final AnalysisInputs stored;
    private final AnalyzeProperties properties;
    private final AnalysisRecorder recorder;

    Analyses(LlmRouter router, AnalysisInputs stored, AnalyzeProperties properties, AnalysisRecorder recorder) {
        this.router = router;
        this.stored = stored;
        this.properties = properties;
        this.recorder = recorder;
    }

    /** Runs the request's task for the caller and keeps the answer in its results. */
    public AnalysisResponse run(AnalyzeRequest request, Caller caller) {
        LlmCall call = call(request, caller);
        return recorder.record(call, router.run(call));
    }

    LlmCall call(AnalyzeRequest request, Caller caller) {
        LlmTask task = task(request.task());
        LlmCaller llmCaller = LlmCallers.of(caller);
        return new LlmCall(task, inputs(request, llmCaller), llmCaller);
    }

    private static LlmTask task(String name) {
        if (name == null || name.isBlank()) {
            throw invalid("task", "Name the task: one of " + taskNames() + ".");
        }
        return LlmTask.fromJson(name).orElseThrow(() -> invalid("task",
                "Unknown task '" + name + "'; use one of " + taskNames() + "."));
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

    private void putText(ObjectNode inputs, String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > properties.maxInputChars()) {
            throw invalid(field, field + " is longer than " + properties.maxInputChars() + " characters.");
        }
        inputs.put(field, value);
    }

    private void putObject(ObjectNode inputs, String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            throw invalid(field, field + " must be a JSON object.");
        }
        if (value.toString().length() > properties.maxInputChars()) {
            throw invalid(field, field + " is longer than " + properties.maxInputChars() + " characters.");
        }
        ObjectNode copy = (ObjectNode) value.deepCopy();
        // An id names a stored job or resume; only jobId and resumeId may set it.
        copy.remove("id");
        inputs.set(field, copy);
    }

    private static String taskNames() {
        return String.join(", ", Arrays.stream(LlmTask.values()).map(LlmTask::json).toList());
    }

    static ProblemException invalid(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_REQUEST, detail)
                .with("field", field);
    }
}
