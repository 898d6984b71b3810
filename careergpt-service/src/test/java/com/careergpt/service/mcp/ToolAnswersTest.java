package com.careergpt.service.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.RequestFailure;
import com.careergpt.common.web.RequestIdFilter;
import com.careergpt.service.errors.ErrorReports;
import com.careergpt.service.security.Caller;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ToolAnswersTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/mcp");
    final ErrorReports errors = mock(ErrorReports.class);
    final ToolAnswers answers = new ToolAnswers(JSON, errors);
    final McpSyncRequestContext context = mock(McpSyncRequestContext.class);

    ToolAnswersTest() {
        Caller caller = new Caller(Caller.Kind.VERIFIED, "user-1", "verified", "user", null);
        request.setAttribute(Caller.class.getName(), caller);
        request.setAttribute(RequestIdFilter.ATTRIBUTE, "request-42");
        when(context.transportContext()).thenReturn(McpCaller.extract(ServerRequest.create(request, List.of())));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorNamingTheRequestWithoutItsTraceAndIsReported() {
        CallToolResult result = answers.answer(context, caller -> {
            throw new IllegalStateException("database on fire at com.careergpt.Secret");
        });

        assertThat(result.isError()).isTrue();
        String text = ((TextContent) result.content().get(0)).text();
        JsonNode problem = JSON.readTree(text);
        assertThat(problem.path("type").asString()).isEqualTo(ProblemType.INTERNAL_ERROR.uri().toString());
        assertThat(problem.path("status").asInt()).isEqualTo(500);
        assertThat(problem.path("detail").asString()).contains("request-42");
        assertThat(text).doesNotContain("database on fire").doesNotContain("IllegalStateException");
        verify(errors).report(eq(request), eq(500), any(RequestFailure.class));
    }

    @Test
    void aProblemIsAToolErrorWithItsFieldsAndIsLeftForTheRequestLog() {
        CallToolResult result = answers.answer(context, caller -> {
            throw new ProblemException(ProblemType.JOB_NOT_FOUND, "No job with id x.")
                    .with("field", "jobId");
        });

        JsonNode problem = JSON.readTree(((TextContent) result.content().get(0)).text());
        assertThat(result.isError()).isTrue();
        assertThat(problem.path("title").asString()).isEqualTo("Job not found");
        assertThat(problem.path("field").asString()).isEqualTo("jobId");
        RequestFailure failure = RequestFailure.of(request);
        assertThat(failure.problemType()).isEqualTo("job-not-found");
        assertThat(failure.detail()).isEqualTo("No job with id x.");
    }

    @Test
    void anAnswerIsTheServicesJsonForTheCaller() {
        CallToolResult result = answers.answer(context, caller -> Map.of("userId", caller.userId()));

        assertThat(result.isError()).isFalse();
        assertThat(JSON.readTree(((TextContent) result.content().get(0)).text()).path("userId").asString())
                .isEqualTo("user-1");
    }
}
