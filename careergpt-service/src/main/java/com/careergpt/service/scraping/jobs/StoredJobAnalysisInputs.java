package com.careergpt.service.scraping.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.api.AnalysisInputs;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets {@code POST /api/analyze} take a {@code jobId}: stored job posts are public data, so any caller may analyse
 * any of them. Resumes have no store yet, so a {@code resumeId} is unknown.
 */
@Component
class StoredJobAnalysisInputs implements AnalysisInputs {

    private final JobQueries jobs;
    private final JsonMapper json;

    StoredJobAnalysisInputs(JobQueries jobs, JsonMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    @Override
    public ObjectNode job(String jobId, LlmCaller caller) {
        JobView job;
        try {
            job = jobs.get(jobId);
        } catch (ProblemException notFound) {
            throw notFound.with("field", "jobId");
        }
        ObjectNode node = json.createObjectNode();
        node.put("id", job.id());
        node.put("title", job.title());
        node.put("company", job.company());
        node.put("description", job.description());
        node.set("skills", json.valueToTree(job.skills()));
        if (job.seniority() != null) {
            node.put("seniority", job.seniority());
        }
        if (job.location() != null) {
            node.set("location", json.valueToTree(job.location()));
        }
        if (job.salary() != null) {
            node.set("salary", json.valueToTree(job.salary()));
        }
        return node;
    }

    @Override
    public ObjectNode resume(String resumeId, LlmCaller caller) {
        throw new ProblemException(HttpStatus.NOT_FOUND, "resume-not-found", "Resume not found",
                "No stored resume has id '" + resumeId + "'. Send the resume's text instead.").with("field", "resumeId");
    }
}
