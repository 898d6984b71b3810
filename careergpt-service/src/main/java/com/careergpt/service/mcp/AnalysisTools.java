package com.careergpt.service.mcp;

import org.springframework.ai.mcp.annotation.McpTool;
import org.springframework.ai.mcp.annotation.McpToolParam;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.stereotype.Component;

import com.careergpt.service.llm.api.Analyses;
import com.careergpt.service.llm.api.AnalyzeRequest;
import com.careergpt.service.llm.api.LlmCallers;
import com.careergpt.service.matching.MatchRequest;
import com.careergpt.service.matching.MatchService;
import com.careergpt.service.security.VerifiedActions;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/**
 * {@code POST /api/analyze} and {@code POST /api/match} as tools: the same actions (counted against the caller's
 * rate limit), routed and recorded in the caller's results the same way.
 */
@Component
class AnalysisTools {

    private final Analyses analyses;
    private final MatchService matches;
    private final VerifiedActions actions;
    private final ToolAnswers answers;

    AnalysisTools(Analyses analyses, MatchService matches, VerifiedActions actions, ToolAnswers answers) {
        this.analyses = analyses;
        this.matches = matches;
        this.actions = actions;
        this.answers = answers;
    }

    @McpTool(name = "analyze", title = "Analyse a job or a resume",
            description = "Runs an analysis task with CareerGPT's model router and keeps the answer in your results "
                    + "(resultId). Tasks: job_extract, job_summary, interview_prep (a job: jobId or text), "
                    + "resume_review (a resume: resumeId or text), resume_job_match and cover_letter (a resume and a "
                    + "job), market_question (question). Counts as an action against your rate limit.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = false, destructiveHint = false, openWorldHint = false))
    CallToolResult analyze(McpSyncRequestContext context,
            @McpToolParam(description = "job_extract, job_summary, resume_review, resume_job_match, cover_letter, "
                    + "interview_prep or market_question") String task,
            @McpToolParam(required = false, description = "Id of a stored job post (see search_jobs)") String jobId,
            @McpToolParam(required = false, description = "Id of one of your resumes (see list_resumes)")
            String resumeId,
            @McpToolParam(required = false, description = "Free text instead of an id: a "
                    + "job post, or a resume for resume tasks")
            String text,
            @McpToolParam(required = false, description = "The question (market_question, interview_prep)")
            String question,
            @McpToolParam(required = false, description = "Tone of a cover letter, e.g. formal, warm, concise")
            String tone) {
        return answers.answer(context, caller -> {
            actions.admit(caller.caller());
            caller.actionAdmitted();
            return analyses.run(new AnalyzeRequest(task, text, jobId, resumeId, null, null, question, tone, null, null),
                    caller.caller());
        });
    }

    @McpTool(name = "match_resume", title = "Match a resume with jobs",
            description = "With jobId: scores your resume against the job like an ATS (skills, experience, domain, "
                    + "tools, achievements), lists matched and missing skills and keywords, and explains the score "
                    + "with suggestions checked against the resume. Without jobId: ranks the stored jobs closest to "
                    + "the resume by their score. Kept in your results; counts as an action against your rate limit.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = false, destructiveHint = false, openWorldHint = false))
    CallToolResult matchResume(McpSyncRequestContext context,
            @McpToolParam(description = "Id of one of your resumes (see list_resumes)") String resumeId,
            @McpToolParam(required = false, description = "Id of a stored job post; leave out to rank the stored jobs")
            String jobId,
            @McpToolParam(required = false, description = "How many ranked jobs to "
                    + "answer, 1-50 (default 10; ranking only)")
            Integer limit) {
        return answers.answer(context, caller -> {
            actions.admit(caller.caller());
            caller.actionAdmitted();
            return matches.answer(new MatchRequest(resumeId, jobId, limit), LlmCallers.of(caller.caller()));
        });
    }
}
