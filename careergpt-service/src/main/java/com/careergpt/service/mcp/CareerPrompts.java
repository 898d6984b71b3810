package com.careergpt.service.mcp;

import java.util.List;

import org.springframework.ai.mcp.annotation.McpArg;
import org.springframework.ai.mcp.annotation.McpPrompt;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.stereotype.Component;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.analytics.market.MarketAnalytics;
import com.careergpt.service.analytics.market.MarketFilter;
import com.careergpt.service.analytics.market.MarketReport;
import com.careergpt.service.resumes.ResumeService;
import com.careergpt.service.resumes.ResumeView;
import com.careergpt.service.scraping.jobs.JobQueries;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made requests a user picks in the assistant: each one brings the stored job post (or the market's figures)
 * into the conversation and says which CareerGPT tools to use next.
 */
@Component
class CareerPrompts {

    private final JobQueries jobs;
    private final ResumeService resumes;
    private final MarketAnalytics analytics;
    private final JsonMapper json;

    CareerPrompts(JobQueries jobs, ResumeService resumes, MarketAnalytics analytics, JsonMapper json) {
        this.jobs = jobs;
        this.resumes = resumes;
        this.analytics = analytics;
        this.json = json;
    }

    @McpPrompt(name = "tailor_resume", title = "Tailor my resume to a job",
            description = "Rewrite your resume for one job post, keeping to what the resume shows")
    GetPromptResult tailorResume(McpSyncRequestContext context,
            @McpArg(name = "jobId", description = "Id of the job post", required = true) String jobId,
            @McpArg(name = "resumeId", description = "Id of your resume (default: your newest)") String resumeId) {
        return prompt(context, "Tailor my resume to this job", caller -> {
            String job = JobMarkdown.of(jobs.get(ToolInputs.id("jobId", jobId)));
            ResumeView resume = resume(caller, resumeId);
            return "Tailor my resume to the job post below. First call the CareerGPT tool match_resume with resumeId "
                    + resume.id() + " and jobId " + jobId + " to see the matched and missing skills and keywords. "
                    + "Then rewrite my summary and experience bullet points for this job: bring forward what the "
                    + "job asks for and I already show, use the job's wording where it is true for me, and never "
                    + "add skills, employers, titles or numbers my resume does not back. List the missing skills "
                    + "separately as gaps to address.\n\n" + job + "\n---\n\nMy resume (" + resume.fileName()
                    + "):\n\n" + (resume.text() == null ? "" : resume.text().strip());
        });
    }

    @McpPrompt(name = "interview_prep", title = "Prepare me for an interview",
            description = "Likely interview questions for one job post, with how to answer them")
    GetPromptResult interviewPrep(McpSyncRequestContext context,
            @McpArg(name = "jobId", description = "Id of the job post", required = true) String jobId) {
        return prompt(context, "Prepare me for an interview for this job", caller -> {
            String job = JobMarkdown.of(jobs.get(ToolInputs.id("jobId", jobId)));
            return "Prepare me for an interview for the job post below. You may call the CareerGPT tool analyze with "
                    + "task interview_prep and jobId " + jobId + " for a first set of questions, and list_resumes "
                    + "and match_resume to see where my resume is thin for this job. Give me the technical and "
                    + "behavioural questions I should expect, what a strong answer covers, questions I should ask, "
                    + "and the gaps I should be ready to talk about.\n\n" + job;
        });
    }

    @McpPrompt(name = "market_pay", title = "What does the market pay",
            description = "Salaries the collected job posts offer for a job title in a place")
    GetPromptResult marketPay(McpSyncRequestContext context,
            @McpArg(name = "title", description = "A job title, e.g. backend engineer", required = true) String title,
            @McpArg(name = "place", description = "A city, region or country (ISO code), e.g. Berlin or DE") String place) {
        return prompt(context, "What the market pays", caller -> {
            MarketReport report = analytics.report(MarketFilter.of(null, null, ToolInputs.id("title", title),
                    place, null, null, null, null, null));
            String where = place == null || place.isBlank() ? "" : " in " + place.strip();
            return "What does the market pay for " + title.strip() + where + "? Answer from the statistics below, "
                    + "CareerGPT's figures over the job posts it has collected (yearly salaries per currency, with "
                    + "percentiles, by title, seniority, country and city; " + report.total() + " posts matched). "
                    + "Say how many posts each figure rests on, and call the CareerGPT tool market_stats with other "
                    + "filters (dates, remote, skill) if I ask for more.\n\nSalaries:\n"
                    + json.writeValueAsString(report.salaries());
        });
    }

    private ResumeView resume(McpCaller caller, String resumeId) {
        if (resumeId != null && !resumeId.isBlank()) {
            return resumes.get(caller.userId(), resumeId.strip());
        }
        List<ResumeView> newest = resumes.list(caller.userId(), 0, 1).items();
        if (newest.isEmpty()) {
            throw ProblemException.badParameter("resumeId",
                    "You have no resume yet: upload one in the CareerGPT web app or with POST /api/resumes.");
        }
        return resumes.get(caller.userId(), newest.get(0).id());
    }

    private interface Writer {

        String write(McpCaller caller);
    }

    private static GetPromptResult prompt(McpSyncRequestContext context, String description, Writer writer) {
        try {
            McpCaller caller = McpCaller.of(context.transportContext());
            return new GetPromptResult(description,
                    List.of(new PromptMessage(Role.USER, new TextContent(null, writer.write(caller), null))), null);
        }
        catch (ProblemException problem) {
            int code = problem.status().value() == 404 ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND
                    : McpSchema.ErrorCodes.INVALID_PARAMS;
            throw McpError.builder(code).message(problem.getMessage()).data(ToolAnswers.problem(problem)).build();
        }
    }
}
