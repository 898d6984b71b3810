package com.careergpt.service.requestlog;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import com.careergpt.common.web.RequestFailure;
import com.careergpt.common.web.RequestIdFilter;
import com.careergpt.service.errors.ErrorReports;
import com.careergpt.service.security.GuestAction;
import com.careergpt.service.security.Caller;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Records every request (time, method, path, status, latency, user, state, request id) in {@code request_log}. */
class RequestLogFilter extends OncePerRequestFilter {

    private static final int MAX_PATH = 500;
    private static final int MAX_ERROR_TEXT = 1000;

    private final RequestLogWriter writer;
    private final Clock clock;
    private final ErrorReports errors;

    RequestLogFilter(RequestLogWriter writer, Clock clock, ErrorReports errors) {
        this.writer = writer;
        this.clock = clock;
        this.errors = errors;
    }

    private static String errorType(RequestFailure failure) {
        if (failure.problemType() != null) {
            return failure.problemType();
        }
        return failure.exception() == null ? null : failure.exception().getClass().getName();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        try {
            chain.doFilter(request, response);
        }
        finally {
            Caller caller = Caller.of(request);
            Object operation = request.getAttribute(RequestLogEntry.OPERATION_ATTRIBUTE);
            String path = operation == null ? request.getRequestURI() : request.getRequestURI() + "/" + operation;
            RequestFailure failure = RequestFailure.of(request);
            writer.enqueue(new RequestLogEntry(start, request.getMethod(),
                    path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path, response.getStatus(),
                    (System.nanoTime() - startNanos) / 1_000_000, caller.userId(), caller.state(),
                    RequestIdFilter.currentId(request), request.getRemoteAddr(),
                    Boolean.TRUE.equals(request.getAttribute(GuestAction.ADMITTED_ATTRIBUTE)),
                    failure == null ? null : errorType(failure),
                    failure == null ? null : cut(failure.detail(), MAX_ERROR_TEXT)));
            if (response.getStatus() >= 500) {
                errors.report(request, response.getStatus(), failure);
            }
        }
    }
}
