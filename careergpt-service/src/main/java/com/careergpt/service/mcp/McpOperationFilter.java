package com.careergpt.service.mcp;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import com.careergpt.service.requestlog.RequestLogEntry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
        chain.doFilter(new Replayed(request, body), response);
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

    /** The request with its body read already: every read starts again from the bytes kept. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
