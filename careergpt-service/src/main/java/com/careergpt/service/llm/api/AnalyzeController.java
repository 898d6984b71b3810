package com.careergpt.service.llm.api;

import java.util.Arrays;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.prompt.PromptFactory;
import com.careergpt.service.security.Caller;
import com.careergpt.service.security.GuestAction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analysis", description = "LLM tasks on jobs, resumes and the job market")
class AnalyzeController {

    private final LlmRouter router;
    private final PromptFactory prompts;
    private final AnalysisInputs stored;
    private final AnalysisStream streams;
    private final AnalyzeProperties properties;
    private final AnalysisRecorder recorder;

    AnalyzeController(LlmRouter router, PromptFactory prompts, AnalysisInputs stored, AnalysisStream streams,
            AnalyzeProperties properties, AnalysisRecorder recorder) {
        this.recorder = recorder;
        this.router = router;
        this.prompts = prompts;
        this.stored = stored;
        this.streams = streams;
        this.properties = properties;
    }

    @PostMapping("/api/analyze")
    @GuestAction
    @Operation(summary = "Run an analysis task",
            description = "Routes the task to the configured models (fallback on failure, answers cached). A guest "
                    + "may run one; then the email is required. With stream=true (cover_letter, interview_prep) the "
                    + "answer arrives as server-sent events: delta {text}, then result (this schema, with resultId) or error "
                    + "(a problem).")
    @ApiResponse(responseCode = "200", description = "The result, or an event stream when stream=true",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = AnalysisResponse.class)),
                    @Content(mediaType = "text/event-stream")})
    @ApiResponse(responseCode = "400", description = "Unknown task, missing or oversized input (field names it)")
    @ApiResponse(responseCode = "401", description = "Sign-in, guest identity or email required")
    @ApiResponse(responseCode = "404", description = "jobId or resumeId not found")
    @ApiResponse(responseCode = "502", description = "A model refused our request (our bug)")
    @ApiResponse(responseCode = "503", description = "Every route failed; attempts lists each provider's error")
    Object analyze(@RequestBody AnalyzeRequest request,
            @Parameter(description = "Stream the answer as server-sent events") @RequestParam(required = false)
            Boolean stream, Caller caller) {
        LlmTask task = task(request.task());
        LlmCaller llmCaller = LlmCallers.of(caller);
        LlmCall call = new LlmCall(task, inputs(request, llmCaller), llmCaller);
        if (!Boolean.TRUE.equals(stream) && !Boolean.TRUE.equals(request.stream())) {
            return recorder.record(call, router.run(call));
        }
        if (!task.streamable()) {
            throw invalid("stream", "Only cover_letter and interview_prep answers can be streamed.");
        }
        // Missing inputs must be a 400 answer, not an error event inside a 200 stream.
        prompts.render(task, call.inputs());
        return streams.start(call);
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

    private static ProblemException invalid(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail)
                .with("field", field);
    }
}
