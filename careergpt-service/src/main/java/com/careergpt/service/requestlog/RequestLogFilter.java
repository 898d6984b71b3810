package com.careergpt.service.requestlog;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import com.careergpt.common.web.RequestIdFilter;
import com.careergpt.service.security.Caller;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Records every request (time, method, path, status, latency, user, state, request id) in {@code request_log}. */
class RequestLogFilter extends OncePerRequestFilter {

    private static final int MAX_PATH = 500;

    private final RequestLogWriter writer;
    private final Clock clock;

    RequestLogFilter(RequestLogWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
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
            String path = request.getRequestURI();
            writer.enqueue(new RequestLogEntry(start, request.getMethod(),
                    path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path, response.getStatus(),
                    (System.nanoTime() - startNanos) / 1_000_000, caller.userId(), caller.state(),
                    RequestIdFilter.currentId(request), request.getRemoteAddr()));
        }
    }
}
