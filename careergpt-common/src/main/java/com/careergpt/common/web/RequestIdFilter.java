package com.careergpt.common.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, else the trace id of the
 * request's trace (when tracing runs, the server observation has put it in the MDC by now, so that the admin log
 * search and a tracing UI find the request by the same id), else a new UUID. The id is in the MDC (so in every log
 * line as {@code requestId}, next to {@code traceId} and {@code spanId}), in a request attribute, and in the response
 * header.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    /**
     * MDC key naming the service handling the request, so log lines can be told apart by service. Not
     * {@code service}: structured JSON logs (ECS) have a {@code service} object of their own.
     */
    public static final String SERVICE_MDC_KEY = "application";
    /** MDC key of the user a request is for, once known (cleared with the others when the request ends). */
    public static final String USER_MDC_KEY = "userId";
    /** Where Micrometer Tracing puts the current trace id. */
    static final String TRACE_ID_MDC_KEY = "traceId";
    private static final Pattern TRACE_ID = Pattern.compile("(?!0{32})[0-9a-f]{32}");
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final String service;

    public RequestIdFilter(String service) {
        this.service = service;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        String requestId = incoming != null && SANE.matcher(incoming).matches() ? incoming : newId();
        request.setAttribute(ATTRIBUTE, requestId);
        response.setHeader(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        MDC.put(SERVICE_MDC_KEY, service);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(MDC_KEY);
            MDC.remove(SERVICE_MDC_KEY);
            MDC.remove(USER_MDC_KEY);
        }
    }

    private static String newId() {
        String traceId = MDC.get(TRACE_ID_MDC_KEY);
        return traceId != null && TRACE_ID.matcher(traceId).matches() ? traceId : UUID.randomUUID().toString();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    public static String currentId(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? null : id.toString();
    }
}
