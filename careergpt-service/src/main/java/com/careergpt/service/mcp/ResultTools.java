package com.careergpt.service.mcp;

import org.springframework.ai.mcp.annotation.McpTool;
import org.springframework.ai.mcp.annotation.McpToolParam;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.stereotype.Component;

import com.careergpt.common.web.PageParams;
import com.careergpt.service.results.ResultStore;
import com.careergpt.service.resumes.ResumeService;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** The caller's own results and resumes, as {@code GET /api/results} and {@code GET /api/resumes} show them. */
@Component
class ResultTools {

    private final ResultStore results;
    private final ResumeService resumes;
    private final ToolAnswers answers;

    ResultTools(ResultStore results, ResumeService resumes, ToolAnswers answers) {
        this.results = results;
        this.resumes = resumes;
        this.answers = answers;
    }

    @McpTool(name = "list_results", title = "List my results",
            description = "Your analyses and matches, newest first, each with a preview of its answer.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = true, destructiveHint = false, openWorldHint = false))
    CallToolResult listResults(McpSyncRequestContext context,
            @McpToolParam(required = false, description = "Only this task, e.g. job_summary, match or match_ranking")
            String task,
            @McpToolParam(required = false, description = "Page number, from 0 (default 0)") Integer page,
            @McpToolParam(required = false, description = "Results per page, 1-100 (default 20)") Integer size) {
        return answers.answer(context, caller -> results.list(caller.userId(),
                task == null || task.isBlank() ? null : task.strip(), new PageParams(page, size)));
    }

    @McpTool(name = "get_result", title = "Read one of my results",
            description = "One of your analyses or matches with its whole answer.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = true, destructiveHint = false, openWorldHint = false))
    CallToolResult getResult(McpSyncRequestContext context,
            @McpToolParam(description = "Id of the result, as list_results or an analysis answers it")
            String resultId) {
        return answers.answer(context, caller -> results.get(caller.userId(), ToolInputs.id("resultId", resultId)));
    }

    @McpTool(name = "list_resumes", title = "List my resumes",
            description = "Your uploaded resumes, newest first, with the skills read from each (upload them in the "
                    + "CareerGPT web app or with POST /api/resumes).",
            annotations = @McpTool.McpAnnotations(readOnlyHint = true, destructiveHint = false, openWorldHint = false))
    CallToolResult listResumes(McpSyncRequestContext context,
            @McpToolParam(required = false, description = "Page number, from 0 (default 0)") Integer page,
            @McpToolParam(required = false, description = "Resumes per page, 1-100 (default 20)") Integer size) {
        return answers.answer(context, caller -> resumes.list(caller.userId(), new PageParams(page, size)));
    }
}
