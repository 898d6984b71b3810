package com.careergpt.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemWriter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the configured cap before anything reads them: the identity API takes a few
 * short JSON fields, so a large body is a mistake or an attack. Chunked bodies without a length are refused too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final HttpProperties properties;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(HttpProperties properties, ProblemWriter problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > properties.maxBodyBytes() || chunked) {
            response.setHeader("Connection", "close");
            problems.write(response, new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "Request body too large",
                    chunked ? "Request bodies must declare a Content-Length."
                            : "The request body has " + length + " bytes; at most " + properties.maxBodyBytes() + " are accepted.")
                    .with("maxBytes", properties.maxBodyBytes()));
            return;
        }
        chain.doFilter(request, response);
    }
}
