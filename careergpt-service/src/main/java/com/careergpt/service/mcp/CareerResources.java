package com.careergpt.service.mcp;

import java.util.List;
import java.util.Map;

import org.springframework.ai.mcp.annotation.McpResource;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.stereotype.Component;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.results.ResultStore;
import com.careergpt.service.resumes.ResumeService;
import com.careergpt.service.resumes.ResumeView;
import com.careergpt.service.scraping.jobs.JobQueries;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an assistant may read into its context: any job post ({@code careergpt://jobs/{id}}, Markdown with its
 * facts), and the caller's own resumes and results (another user's are not found, as in REST).
 */
@Component
class CareerResources {

    static final String MARKDOWN = "text/markdown";
    static final String JSON = "application/json";
    private static final int LISTED = 100;

    private final JobQueries jobs;
    private final ResumeService resumes;
    private final ResultStore results;
    private final JsonMapper json;

    CareerResources(JobQueries jobs, ResumeService resumes, ResultStore results, JsonMapper json) {
        this.jobs = jobs;
        this.resumes = resumes;
        this.results = results;
        this.json = json;
    }

    @McpResource(uri = "careergpt://jobs/{id}", name = "job", title = "Job post", mimeType = MARKDOWN,
            description = "A collected job post: its facts (company, location, salary, skills, links) and description")
    ReadResourceResult job(McpSyncRequestContext context, String id) {
        String uri = "careergpt://jobs/" + id;
        return read(context, uri, MARKDOWN, caller -> JobMarkdown.of(jobs.get(id)));
    }

    @McpResource(uri = "careergpt://resumes", name = "resumes", title = "My resumes", mimeType = JSON,
            description = "Your uploaded resumes (the newest 100), with the skills read from each")
    ReadResourceResult myResumes(McpSyncRequestContext context) {
        return read(context, "careergpt://resumes", JSON,
                caller -> json.writeValueAsString(resumes.list(caller.userId(), 0, LISTED)));
    }

    @McpResource(uri = "careergpt://resumes/{id}", name = "resume", title = "My resume", mimeType = MARKDOWN,
            description = "One of your resumes: the text read from it and the skills found")
    ReadResourceResult resume(McpSyncRequestContext context, String id) {
        return read(context, "careergpt://resumes/" + id, MARKDOWN, caller -> {
            ResumeView resume = resumes.get(caller.userId(), id);
            return "# Resume " + resume.fileName() + "\n\n- Resume id: " + resume.id()
                    + (resume.skills() == null || resume.skills().isEmpty() ? ""
                            : "\n- Skills: " + String.join(", ", resume.skills()))
                    + "\n\n" + (resume.text() == null ? "" : resume.text().strip()) + "\n";
        });
    }

    @McpResource(uri = "careergpt://results", name = "results", title = "My results", mimeType = JSON,
            description = "Your analyses and matches (the newest 100), each with a preview of its answer")
    ReadResourceResult myResults(McpSyncRequestContext context) {
        return read(context, "careergpt://results", JSON,
                caller -> json.writeValueAsString(results.list(caller.userId(), null, 0, LISTED)));
    }

    @McpResource(uri = "careergpt://results/{id}", name = "result", title = "My result", mimeType = JSON,
            description = "One of your analyses or matches with its whole answer")
    ReadResourceResult result(McpSyncRequestContext context, String id) {
        return read(context, "careergpt://results/" + id, JSON,
                caller -> json.writeValueAsString(results.get(caller.userId(), id)));
    }

    private interface Reader {

        String read(McpCaller caller);
    }

    /** A problem becomes a JSON-RPC error: "resource not found" for a 404 (with the problem as data). */
    private static ReadResourceResult read(McpSyncRequestContext context, String uri, String mimeType, Reader reader) {
        try {
            McpCaller caller = McpCaller.of(context.transportContext());
            return new ReadResourceResult(List.of(new TextResourceContents(uri, mimeType, reader.read(caller), null)), null);
        }
        catch (ProblemException problem) {
            int code = problem.status().value() == 404 ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND
                    : McpSchema.ErrorCodes.INVALID_PARAMS;
            Map<String, Object> data = ToolAnswers.problem(problem);
            throw McpError.builder(code).message(problem.getMessage()).data(data).build();
        }
    }
}
