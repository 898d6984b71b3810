package com.careergpt.service.analysis;

import org.springframework.stereotype.Component;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.api.AnalysisInputs;
import com.careergpt.service.resumes.ResumeService;
import com.careergpt.service.resumes.StoredResume;
import com.careergpt.service.scraping.jobs.JobQueries;
import com.careergpt.service.scraping.jobs.JobView;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets {@code POST /api/analyze} take a {@code jobId} and a {@code resumeId}: stored job posts are public data, so
 * any caller may analyse any of them; a resume only by its owner.
 */
@Component
class StoredAnalysisInputs implements AnalysisInputs {

    private final JobQueries jobs;
    private final ResumeService resumes;
    private final JsonMapper json;

    StoredAnalysisInputs(JobQueries jobs, ResumeService resumes, JsonMapper json) {
        this.jobs = jobs;
        this.resumes = resumes;
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
        StoredResume resume = resumes.stored(resumeId, caller.userId());
        ObjectNode node = json.createObjectNode();
        node.put("id", resume.id());
        node.put("text", resume.text());
        node.set("skills", json.valueToTree(resume.skills()));
        return node;
    }
}
