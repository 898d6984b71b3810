package com.careergpt.service.mcp;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.stereotype.Component;

import com.careergpt.common.web.PageParams;
import com.careergpt.common.web.ProblemException;
import com.careergpt.service.analytics.market.MarketAnalytics;
import com.careergpt.service.analytics.market.MarketFilter;
import com.careergpt.service.analytics.market.MarketReport;
import com.careergpt.service.resumes.ResumeService;
import com.careergpt.service.resumes.ResumeView;
import com.careergpt.service.scraping.jobs.JobQueries;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made requests a user picks in the assistant: each one brings the stored job post (or the market's figures)
 * into the conversation and says which CareerGPT tools to use next. A missing job or resume is the protocol's
 * "resource not found" error, as for {@link CareerResources}.
 */
@Component
class CareerPrompts {

    private final JobQueries jobs;
    private final ResumeService resumes;
    private final MarketAnalytics analytics;
    private final JsonMapper json;
    private final ToolAnswers answers;

    CareerPrompts(JobQueries jobs, ResumeService resumes, MarketAnalytics analytics, JsonMapper json,
            ToolAnswers answers) {
        this.jobs = jobs;
        this.resumes = resumes;
        this.analytics = analytics;
        this.json = json;
        this.answers = answers;
    }

    List<SyncPromptSpecification> prompts() {
        return List.of(
                prompt(new Prompt("tailor_resume", "Tailor my resume to a job",
                        "Rewrite your resume for one job post, keeping to what the resume shows",
                        List.of(new PromptArgument("jobId", "Job", "Id of the job post", true),
                                new PromptArgument("resumeId", "Resume", "Id of your resume (default: your newest)",
                                        false)), null, null),
                        this::tailorResume),
                prompt(new Prompt("interview_prep", "Prepare me for an interview",
                        "Likely interview questions for one job post, with how to answer them",
                        List.of(new PromptArgument("jobId", "Job", "Id of the job post", true)), null, null),
                        this::interviewPrep),
                prompt(new Prompt("market_pay", "What does the market pay",
                        "Salaries the collected job posts offer for a job title in a place",
                        List.of(new PromptArgument("title", "Title", "A job title, e.g. backend engineer", true),
                                new PromptArgument("place", "Place",
                                        "A city, region or country (ISO code), e.g. Berlin or DE", false)), null, null),
                        this::marketPay));
    }

    private String tailorResume(McpCaller caller, Map<String, Object> arguments) {
        String jobId = ToolInputs.id("jobId", text(arguments, "jobId"));
        String job = JobMarkdown.of(jobs.get(jobId));
        ResumeView resume = resume(caller, text(arguments, "resumeId"));
        return "Tailor my resume to the job post below. First call the CareerGPT tool match_resume with resumeId "
                + resume.id() + " and jobId " + jobId + " to see the matched and missing skills and keywords. Then "
                + "rewrite my summary and experience bullet points for this job: bring forward what the job asks for "
                + "and I already show, use the job's wording where it is true for me, and never add skills, "
                + "employers, titles or numbers my resume does not back. List the missing skills separately as gaps "
                + "to address.\n\n" + job + "\n---\n\nMy resume (" + resume.fileName() + "):\n\n"
                + (resume.text() == null ? "" : resume.text().strip());
    }

    private String interviewPrep(McpCaller caller, Map<String, Object> arguments) {
        String jobId = ToolInputs.id("jobId", text(arguments, "jobId"));
        String job = JobMarkdown.of(jobs.get(jobId));
        return "Prepare me for an interview for the job post below. You may call the CareerGPT tool analyze with task "
                + "interview_prep and jobId " + jobId + " for a first set of questions, and list_resumes and "
                + "match_resume to see where my resume is thin for this job. Give me the technical and behavioural "
                + "questions I should expect, what a strong answer covers, questions I should ask, and the gaps I "
                + "should be ready to talk about.\n\n" + job;
    }

    private String marketPay(McpCaller caller, Map<String, Object> arguments) {
        String title = ToolInputs.id("title", text(arguments, "title"));
        String place = text(arguments, "place");
        MarketReport report = analytics.report(MarketFilter.of(null, null, title, place, null, null, null, null, null));
        String where = place == null || place.isBlank() ? "" : " in " + place.strip();
        return "What does the market pay for " + title + where + "? Answer from the statistics below, CareerGPT's "
                + "figures over the job posts it has collected (yearly salaries per currency, with percentiles, by "
                + "title, seniority, country and city; " + report.total() + " posts matched). Say how many posts "
                + "each figure rests on, and call the CareerGPT tool market_stats with other filters (dates, remote, "
                + "skill) if I ask for more.\n\nSalaries:\n" + json.writeValueAsString(report.salaries());
    }

    private ResumeView resume(McpCaller caller, String resumeId) {
        if (resumeId != null && !resumeId.isBlank()) {
            return resumes.get(caller.userId(), resumeId.strip());
        }
        List<ResumeView> newest = resumes.list(caller.userId(), PageParams.first(1)).items();
        if (newest.isEmpty()) {
            throw ProblemException.badParameter("resumeId",
                    "You have no resume yet: upload one in the CareerGPT web app or with POST /api/resumes.");
        }
        return resumes.get(caller.userId(), newest.get(0).id());
    }

    private static String text(Map<String, Object> arguments, String name) {
        Object value = arguments == null ? null : arguments.get(name);
        return value == null ? null : value.toString();
    }

    private interface Writer {

        String write(McpCaller caller, Map<String, Object> arguments);
    }

    private SyncPromptSpecification prompt(Prompt prompt, Writer writer) {
        return new SyncPromptSpecification(prompt, (exchange, request) -> {
            McpCaller caller;
            try {
                caller = McpCaller.of(exchange.transportContext());
            }
            catch (ProblemException refused) {
                throw CareerResources.error(refused);
            }
            try {
                String text = writer.write(caller, request.arguments());
                return new GetPromptResult(prompt.title(),
                        List.of(new PromptMessage(Role.USER, new TextContent(null, text, null))), null);
            }
            catch (ProblemException | ConstraintViolationException refused) {
                throw CareerResources.error(refused);
            }
            catch (RuntimeException unexpected) {
                throw answers.internalError(caller, unexpected);
            }
        });
    }
}
