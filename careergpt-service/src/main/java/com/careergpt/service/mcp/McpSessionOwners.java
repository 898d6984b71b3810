package com.careergpt.service.mcp;

import java.io.IOException;
import java.time.Duration;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemWriter;
import com.careergpt.service.security.Caller;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds each MCP session to the user who opened it, as the MCP security guidance asks against session hijacking: a
 * request naming another user's session id is answered 404 {@code session-not-found}, as an unknown session is, and
 * the client starts a new one. Every request is still authorized by its own token. Sessions live in this instance's
 * memory, and so do their owners (forgotten after a day without use).
 */
class McpSessionOwners extends OncePerRequestFilter {

    static final String SESSION_HEADER = "Mcp-Session-Id";

    private final Cache<String, String> owners = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofDays(1))
            .maximumSize(100_000)
            .build();
    private final ProblemWriter problems;

    McpSessionOwners(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = Caller.of(request).userId();
        String session = request.getHeader(SESSION_HEADER);
        String owner = session == null ? null : owners.getIfPresent(session);
        if (owner != null && !owner.equals(userId)) {
            problems.write(response, new ProblemException(HttpStatus.NOT_FOUND, "session-not-found",
                    "Session not found", "No MCP session with this id is yours: initialize a new one."));
            return;
        }
        chain.doFilter(request, userId == null ? response : new Owned(response, userId));
    }

    /** Notes the owner of a session id the transport hands out. */
    private final class Owned extends HttpServletResponseWrapper {

        private final String userId;

        Owned(HttpServletResponse response, String userId) {
            super(response);
            this.userId = userId;
        }

        @Override
        public void setHeader(String name, String value) {
            own(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            own(name, value);
            super.addHeader(name, value);
        }

        private void own(String name, String value) {
            if (SESSION_HEADER.equalsIgnoreCase(name) && value != null) {
                owners.asMap().putIfAbsent(value, userId);
            }
        }
    }
}
