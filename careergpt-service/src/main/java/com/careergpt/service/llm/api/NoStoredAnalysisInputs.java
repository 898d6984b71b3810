package com.careergpt.service.llm.api;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.llm.LlmCaller;

import tools.jackson.databind.node.ObjectNode;

/** Stands in while no job or resume store exists: every id is unknown. */
class NoStoredAnalysisInputs implements AnalysisInputs {

    @Override
    public ObjectNode job(String jobId, LlmCaller caller) {
        throw new ProblemException(ProblemType.JOB_NOT_FOUND, "No stored job has id '" + jobId + "'. Send the posting's text instead.").with("field", "jobId");
    }

    @Override
    public ObjectNode resume(String resumeId, LlmCaller caller) {
        throw new ProblemException(ProblemType.RESUME_NOT_FOUND, "No stored resume has id '" + resumeId + "'. Send the resume's text instead.").with("field", "resumeId");
    }
}
