package com.careergpt.service.llm.api;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.llm.LlmCall;
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

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analysis", description = "LLM tasks on jobs, resumes and the job market")
class AnalyzeController {

    private final Analyses analyses;
    private final PromptFactory prompts;
    private final AnalysisStream streams;

    AnalyzeController(Analyses analyses, PromptFactory prompts, AnalysisStream streams) {
        this.analyses = analyses;
        this.prompts = prompts;
        this.streams = streams;
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
        if (!Boolean.TRUE.equals(stream) && !Boolean.TRUE.equals(request.stream())) {
            return analyses.run(request, caller);
        }
        LlmCall call = analyses.call(request, caller);
        LlmTask task = call.task();
        if (!task.streamable()) {
            throw ProblemException.invalidRequest("stream", "Only cover_letter and interview_prep answers can be streamed.");
        }
        // Missing inputs must be a 400 answer, not an error event inside a 200 stream.
        prompts.render(task, call.inputs());
        return streams.start(call);
    }
}
