package com.careergpt.service.llm.api;

import com.careergpt.service.llm.LlmCaller;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns stored jobs and resumes into the {@code job} and {@code resume} members of a call's inputs. The llm module
 * owns this interface and the analysis module implements it over the job and resume stores, so llm needs neither.
 */
public interface AnalysisInputs {

    /**
     * The job as {@code {"title", "company", "description", "skills": [], ...}}, if {@code caller} may read it.
     *
     * @throws com.careergpt.common.web.ProblemException 404 with field {@code jobId} when there is no such job
     *         for this caller
     */
    ObjectNode job(String jobId, LlmCaller caller);

    /**
     * The resume as {@code {"text", ...}}, if {@code caller} may read it.
     *
     * @throws com.careergpt.common.web.ProblemException 404 with field {@code resumeId} when there is no such
     *         resume for this caller
     */
    ObjectNode resume(String resumeId, LlmCaller caller);
}
