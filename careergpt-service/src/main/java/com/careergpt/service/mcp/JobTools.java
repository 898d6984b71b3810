package com.careergpt.service.mcp;

import static com.careergpt.common.web.ProblemException.badParameter;

import org.springframework.ai.mcp.annotation.McpTool;
import org.springframework.ai.mcp.annotation.McpToolParam;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.stereotype.Component;

import com.careergpt.common.web.PageParams;
import com.careergpt.service.scraping.jobs.JobFilter;
import com.careergpt.service.scraping.jobs.JobQueries;
import com.careergpt.service.scraping.jobs.SearchText;
import com.careergpt.service.search.SemanticJobSearch;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** The stored job posts: {@code GET /api/jobs}, {@code GET /api/jobs/search} and {@code GET /api/jobs/{id}}. */
@Component
class JobTools {

    static final int MAX_QUERY_CHARS = 1000;

    private final JobQueries jobs;
    private final SemanticJobSearch meaning;
    private final ToolAnswers answers;

    JobTools(JobQueries jobs, SemanticJobSearch semantic, ToolAnswers answers) {
        this.jobs = jobs;
        this.meaning = semantic;
        this.answers = answers;
    }

    @McpTool(name = "search_jobs", title = "Search job posts",
            description = "Searches the collected job posts (linked duplicates hidden unless includeDuplicates). With "
                    + "semantic=true, query is matched by meaning and the closest posts come first, each with its "
                    + "similarity; otherwise query is a full-text condition and the newest come first. The filters "
                    + "combine with AND. Answers a page of posts without their descriptions: get_job reads one.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = true, destructiveHint = false, openWorldHint = false))
    CallToolResult searchJobs(McpSyncRequestContext context,
            @McpToolParam(required = false, description = "What to look for, in words (required when semantic is true)")
            String query,
            @McpToolParam(required = false, description = "Match query by meaning instead "
                    + "of by its words (default false)")
            Boolean semantic,
            @McpToolParam(required = false, description = "Company name contains this") String company,
            @McpToolParam(required = false, description = "City, region or country contains this") String location,
            @McpToolParam(required = false, description = "remote, hybrid or onsite") String remote,
            @McpToolParam(required = false, description = "Yearly salary range overlaps from this amount")
            Double salaryMin,
            @McpToolParam(required = false, description = "Yearly salary range overlaps up to this amount")
            Double salaryMax,
            @McpToolParam(required = false, description = "ISO 4217 currency of the salary, e.g. EUR") String currency,
            @McpToolParam(required = false, description = "Post lists this skill (name or alias)") String skill,
            @McpToolParam(required = false, description = "Posted on or after this day (yyyy-MM-dd)")
            String postedSince,
            @McpToolParam(required = false, description = "List linked duplicates too (default false)")
            Boolean includeDuplicates,
            @McpToolParam(required = false, description = "Page number, from 0 (default 0)") Integer page,
            @McpToolParam(required = false, description = "Posts per page, 1-100 (default 20)") Integer size) {
        return answers.answer(context, caller -> {
            PageParams paging = new PageParams(page, size);
            boolean byMeaning = Boolean.TRUE.equals(semantic);
            JobFilter filter = JobFilter.of(byMeaning ? null : query, company, location, remote,
                    ToolInputs.amount(salaryMin), ToolInputs.amount(salaryMax), currency, skill,
                    ToolInputs.date("postedSince", postedSince), Boolean.TRUE.equals(includeDuplicates));
            if (!byMeaning) {
                return jobs.search(filter, paging);
            }
            String text = SearchText.clean(query);
            if (text == null || text.isEmpty()) {
                throw badParameter("query", "Say what to look for in query, e.g. backend engineer kotlin.");
            }
            if (text.length() > MAX_QUERY_CHARS) {
                throw badParameter("query", "query is longer than " + MAX_QUERY_CHARS + " characters.");
            }
            return meaning.search(text, filter, paging);
        });
    }

    @McpTool(name = "get_job", title = "Read a job post",
            description = "One collected job post with its description (Markdown), salary, skills and provenance.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = true, destructiveHint = false, openWorldHint = false))
    CallToolResult getJob(McpSyncRequestContext context,
            @McpToolParam(description = "Id of the job post, as search_jobs answers it") String jobId) {
        return answers.answer(context, caller -> jobs.get(ToolInputs.id("jobId", jobId)));
    }
}
