package com.careergpt.service.llm.api;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.llm.LlmCaller;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;

/** Stands in while no job or resume store exists: every id is unknown. */
class NoStoredAnalysisInputs implements AnalysisInputs {

    @Override
    public ObjectNode job(String jobId, LlmCaller caller) {
        throw new ProblemException(HttpStatus.NOT_FOUND, "job-not-found", "Job not found",
                "No stored job has id '" + jobId + "'. Send the posting's text instead.").with("field", "jobId");
    }

    @Override
    public ObjectNode resume(String resumeId, LlmCaller caller) {
        throw new ProblemException(HttpStatus.NOT_FOUND, "resume-not-found", "Resume not found",
                "No stored resume has id '" + resumeId + "'. Send the resume's text instead.").with("field", "resumeId");
    }
}
