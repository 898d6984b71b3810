package com.careergpt.service.mcp;

import static com.careergpt.common.web.ProblemException.badParameter;

import org.springframework.ai.mcp.annotation.McpTool;
import org.springframework.ai.mcp.annotation.McpToolParam;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.stereotype.Component;

import com.careergpt.service.scraping.jobs.JobFilter;
import com.careergpt.service.scraping.jobs.JobQueries;
import com.careergpt.service.scraping.jobs.SearchText;
import com.careergpt.service.search.SemanticJobSearch;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** The stored job posts: {@code GET /api/jobs}, {@code GET /api/jobs/search} and {@code GET /api/jobs/{id}} as tools. */
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
            @McpToolParam(description = "What to look for, in words (required when semantic is true)", required = false) String query,
            @McpToolParam(description = "Match query by meaning instead of by its words (default false)", required = false) Boolean semantic,
            @McpToolParam(description = "Company name contains this", required = false) String company,
            @McpToolParam(description = "City, region or country contains this", required = false) String location,
            @McpToolParam(description = "remote, hybrid or onsite", required = false) String remote,
            @McpToolParam(description = "Yearly salary range overlaps from this amount", required = false) Double salaryMin,
            @McpToolParam(description = "Yearly salary range overlaps up to this amount", required = false) Double salaryMax,
            @McpToolParam(description = "ISO 4217 currency of the salary, e.g. EUR", required = false) String currency,
            @McpToolParam(description = "Post lists this skill (name or alias)", required = false) String skill,
            @McpToolParam(description = "Posted on or after this day (yyyy-MM-dd)", required = false) String postedSince,
            @McpToolParam(description = "List linked duplicates too (default false)", required = false) Boolean includeDuplicates,
            @McpToolParam(description = "Page number, from 0 (default 0)", required = false) Integer page,
            @McpToolParam(description = "Posts per page, 1-100 (default 20)", required = false) Integer size) {
        return answers.answer(context, caller -> {
            int pageNumber = ToolInputs.page(page);
            int pageSize = ToolInputs.size(size);
            boolean byMeaning = Boolean.TRUE.equals(semantic);
            JobFilter filter = JobFilter.of(byMeaning ? null : query, company, location, remote,
                    ToolInputs.amount(salaryMin), ToolInputs.amount(salaryMax), currency, skill,
                    ToolInputs.date("postedSince", postedSince), Boolean.TRUE.equals(includeDuplicates));
            if (!byMeaning) {
                return jobs.search(filter, pageNumber, pageSize);
            }
            String text = SearchText.clean(query);
            if (text == null || text.isEmpty()) {
                throw badParameter("query", "Say what to look for in query, e.g. backend engineer kotlin.");
            }
            if (text.length() > MAX_QUERY_CHARS) {
                throw badParameter("query", "query is longer than " + MAX_QUERY_CHARS + " characters.");
            }
            if ((long) (pageNumber + 1) * pageSize > SemanticJobSearch.MAX_RESULTS) {
                throw badParameter("page", "Only the first " + SemanticJobSearch.MAX_RESULTS
                        + " results of a semantic search can be paged through.");
            }
            return meaning.search(text, filter, pageNumber, pageSize);
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
