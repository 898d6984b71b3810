package com.careergpt.service.llm.api;

import org.springframework.stereotype.Component;

import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Analyses of stored jobs run by the service itself (a saved source's new posts): the same inputs, routing and
 * recording as {@code POST /api/analyze} with a {@code jobId}.
 */
@Component
public class JobAnalyses {

    private final LlmRouter router;
    private final AnalysisInputs stored;
    private final AnalysisRecorder recorder;

    JobAnalyses(LlmRouter router, AnalysisInputs stored, AnalysisRecorder recorder) {
        this.router = router;
        this.stored = stored;
        this.recorder = recorder;
    }

    /** Runs the task on the stored job for the caller and keeps the answer in its results; returns the result id. */
    public String analyse(LlmTask task, String jobId, LlmCaller caller) {
        ObjectNode inputs = JsonNodeFactory.instance.objectNode();
        inputs.set("job", stored.job(jobId, caller));
        LlmCall call = new LlmCall(task, inputs, caller);
        return recorder.record(call, router.run(call)).resultId();
    }
}
