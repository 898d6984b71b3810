package com.careergpt.service.mcp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.common.web.ConstraintProblems;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.RequestIdFilter;
import com.careergpt.service.errors.ErrorReports;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a tool for its caller and answers as MCP does: the service's answer as JSON text, or a tool error
 * ({@code isError}) carrying the problem the REST API would answer: its type, title, status, detail and fields. An
 * unexpected failure is logged here with its stack trace and counted in the admin error groups (the HTTP answer is
 * 200 still, so the request log would not), and answered as {@code internal-error} with the request id only.
 */
@Component
class ToolAnswers {

    private static final Logger log = LoggerFactory.getLogger(ToolAnswers.class);

    private final JsonMapper json;
    private final ErrorReports errors;

    ToolAnswers(JsonMapper json, ErrorReports errors) {
        this.json = json;
        this.errors = errors;
    }

    CallToolResult answer(McpSyncRequestContext context, Function<McpCaller, Object> tool) {
        McpCaller caller;
        try {
            caller = McpCaller.of(context.transportContext());
        }
        catch (ProblemException refused) {
            return error(problem(refused));
        }
        try {
            Object answer = tool.apply(caller);
            return CallToolResult.builder().addTextContent(json.writeValueAsString(answer)).isError(false).build();
        }
        catch (ProblemException problem) {
            caller.failed(problem.type(), problem.getMessage(), problem);
            return error(problem(problem));
        }
        catch (ConstraintViolationException invalid) {
            ProblemException problem = ConstraintProblems.of(invalid);
            caller.failed(problem.type(), problem.getMessage(), problem);
            return error(problem(problem));
        }
        catch (RuntimeException unexpected) {
            String requestId = reported(caller, unexpected);
            return error(problem(new ProblemException(ProblemType.INTERNAL_ERROR,
                    "The tool failed on the server's side; request id " + requestId + ".")));
        }
    }

    /**
     * An unexpected failure of a resource read or a prompt: logged and counted as a tool's is, answered as a JSON-RPC
     * internal error that names the request id and nothing of the failure.
     */
    McpError internalError(McpCaller caller, RuntimeException unexpected) {
        return McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                .message("Internal error; request id " + reported(caller, unexpected)).build();
    }

    private String reported(McpCaller caller, RuntimeException unexpected) {
        String requestId = RequestIdFilter.currentId(caller.request());
        log.error("MCP request failed (request {})", requestId, unexpected);
        errors.report(caller.request(), 500, caller.failed(null, unexpected.getMessage(), unexpected));
        return requestId;
    }

    static Map<String, Object> problem(ProblemException problem) {
        ProblemDetail detail = problem.toProblemDetail();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", detail.getType().toString());
        body.put("title", detail.getTitle());
        body.put("status", detail.getStatus());
        body.put("detail", detail.getDetail());
        if (detail.getProperties() != null) {
            body.putAll(detail.getProperties());
        }
        return body;
    }

    private CallToolResult error(Map<String, Object> problem) {
        return CallToolResult.builder().addTextContent(json.writeValueAsString(problem)).isError(true).build();
    }
}
