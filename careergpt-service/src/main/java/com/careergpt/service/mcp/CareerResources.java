package com.careergpt.service.mcp;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.validation.ConstraintViolationException;

import org.springframework.stereotype.Component;

import com.careergpt.common.web.ConstraintProblems;
import com.careergpt.common.web.PageParams;
import com.careergpt.common.web.ProblemException;
import com.careergpt.service.results.ResultStore;
import com.careergpt.service.resumes.ResumeService;
import com.careergpt.service.resumes.ResumeView;
import com.careergpt.service.scraping.jobs.JobQueries;

import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an assistant may read into its context: any job post ({@code careergpt://jobs/{id}}, Markdown with its
 * facts), and the caller's own resumes and results (another user's are not found, as in REST). Registered as
 * specifications rather than annotated methods, so a missing resource is the protocol's own "resource not found"
 * error ({@code -32002}, the problem as its data), not a reflection failure.
 */
@Component
class CareerResources {

    static final String MARKDOWN = "text/markdown";
    static final String JSON = "application/json";
    static final String JOBS = "careergpt://jobs/";
    static final String RESUMES = "careergpt://resumes";
    static final String RESULTS = "careergpt://results";
    private static final int LISTED = 100;

    private final JobQueries jobs;
    private final ResumeService resumes;
    private final ResultStore results;
    private final JsonMapper json;
    private final ToolAnswers answers;

    CareerResources(JobQueries jobs, ResumeService resumes, ResultStore results, JsonMapper json, ToolAnswers answers) {
        this.jobs = jobs;
        this.resumes = resumes;
        this.results = results;
        this.json = json;
        this.answers = answers;
    }

    List<SyncResourceSpecification> lists() {
        return List.of(
                new SyncResourceSpecification(new Resource(RESUMES, "resumes", "My resumes",
                        "Your uploaded resumes (the newest 100), with the skills read from each", JSON, null, null,
                        null, null),
                        read(JSON, (caller, id) -> json.writeValueAsString(resumes.list(caller.userId(), PageParams.first(LISTED))))),
                new SyncResourceSpecification(new Resource(RESULTS, "results", "My results",
                        "Your analyses and matches (the newest 100), each with a preview of its answer", JSON, null,
                        null, null, null),
                        read(JSON, (caller, id) -> json.writeValueAsString(
                                results.list(caller.userId(), null, PageParams.first(LISTED))))));
    }

    List<SyncResourceTemplateSpecification> templates() {
        return List.of(
                new SyncResourceTemplateSpecification(new ResourceTemplate(JOBS + "{id}", "job", "Job post",
                        "A collected job post: its facts (company, location, salary, skills, links) and description",
                        MARKDOWN, null, null, null),
                        read(MARKDOWN, (caller, id) -> JobMarkdown.of(jobs.get(id)))),
                new SyncResourceTemplateSpecification(new ResourceTemplate(RESUMES + "/{id}", "resume", "My resume",
                        "One of your resumes: the skills found and the text read from it", MARKDOWN, null, null,
                        null),
                        read(MARKDOWN, (caller, id) -> resume(resumes.get(caller.userId(), id)))),
                new SyncResourceTemplateSpecification(new ResourceTemplate(RESULTS + "/{id}", "result", "My result",
                        "One of your analyses or matches with its whole answer", JSON, null, null, null),
                        read(JSON, (caller, id) -> json.writeValueAsString(results.get(caller.userId(), id)))));
    }

    private static String resume(ResumeView resume) {
        return "# Resume " + resume.fileName() + "\n\n- Resume id: " + resume.id()
                + (resume.skills() == null || resume.skills().isEmpty() ? ""
                        : "\n- Skills: " + String.join(", ", resume.skills()))
                + "\n\n" + (resume.text() == null ? "" : resume.text().strip()) + "\n";
    }

    private interface Reader {

        /** The resource's text; {@code id} is the URI's last segment. */
        String read(McpCaller caller, String id);
    }

    /**
     * A problem becomes a JSON-RPC error: "resource not found" for a 404, else invalid params; the problem as data.
     * Any other failure is an internal error naming only the request id.
     */
    private BiFunction<McpSyncServerExchange, ReadResourceRequest, ReadResourceResult> read(String mimeType,
            Reader reader) {
        return (exchange, request) -> {
            String uri = request.uri();
            McpCaller caller;
            try {
                caller = McpCaller.of(exchange.transportContext());
            }
            catch (ProblemException refused) {
                throw error(refused);
            }
            try {
                String text = reader.read(caller, uri.substring(uri.lastIndexOf('/') + 1));
                return new ReadResourceResult(List.of(new TextResourceContents(uri, mimeType, text, null)), null);
            }
            catch (ProblemException | ConstraintViolationException refused) {
                throw error(refused);
            }
            catch (RuntimeException unexpected) {
                throw answers.internalError(caller, unexpected);
            }
        };
    }

    /** A refusal ({@link ProblemException} or a service's {@link ConstraintViolationException}) as a JSON-RPC error. */
    static McpError error(RuntimeException refusal) {
        ProblemException problem = refusal instanceof ConstraintViolationException invalid
                ? ConstraintProblems.of(invalid) : (ProblemException) refusal;
        int code = problem.status().value() == 404 ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND
                : McpSchema.ErrorCodes.INVALID_PARAMS;
        return McpError.builder(code).message(problem.getMessage()).data(ToolAnswers.problem(problem)).build();
    }
}
