package com.careergpt.service.mcp;

import java.io.IOException;

import com.careergpt.common.web.BufferedBodyRequest;
import com.careergpt.service.requestlog.RequestLogEntry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names what an MCP message does for the request log: the JSON-RPC method, and for a tool call or a prompt its name
 * ({@code tools/call/search_jobs}, {@code prompts/get/tailor_resume}). The body (already bounded by the request size
 * limit) is read once here and replayed to the MCP transport.
 */
class McpOperationFilter extends OncePerRequestFilter {

    private static final int MAX_NAME = 100;

    private final JsonMapper json;

    McpOperationFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String operation = operation(body);
        if (operation != null) {
            request.setAttribute(RequestLogEntry.OPERATION_ATTRIBUTE, operation);
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private String operation(byte[] body) {
        try {
            JsonNode message = json.readTree(body);
            String method = message.path("method").asString(null);
            if (method == null || !method.matches("[A-Za-z/_]{1," + MAX_NAME + "}")) {
                return null;
            }
            String name = message.path("params").path("name").asString(null);
            boolean named = ("tools/call".equals(method) || "prompts/get".equals(method))
                    && name != null && name.matches("[A-Za-z0-9_-]{1," + MAX_NAME + "}");
            return named ? method + "/" + name : method;
        }
        catch (JacksonException notJson) {
            return null;
        }
    }
}
