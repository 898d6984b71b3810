package com.careergpt.service.mcp;

import java.io.IOException;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWriter;
import com.careergpt.service.security.Caller;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds each MCP session to the user who opened it, as the MCP security guidance asks against session hijacking: a
 * request naming a session id that is not the caller's (another user's, or one whose owner is no longer known) is
 * answered 404 {@code session-not-found}, as an unknown session is, and the client starts a new one. Every request is
 * still authorized by its own token. A user holding {@link McpSessionProperties#sessionsPerUser()} sessions gets 429
 * {@code too-many-sessions} for another. Sessions live in this instance's memory, and so do their owners (forgotten
 * after the sessions' idle timeout, or when the client deletes the session).
 */
class McpSessionOwners extends OncePerRequestFilter {

    static final String SESSION_HEADER = "Mcp-Session-Id";

    private final Cache<String, String> owners;
    private final ProblemWriter problems;
    private final int sessionsPerUser;

    McpSessionOwners(ProblemWriter problems, McpSessionProperties sessions) {
        this.problems = problems;
        this.sessionsPerUser = sessions.sessionsPerUser();
        this.owners = Caffeine.newBuilder()
                .expireAfterAccess(sessions.sessionIdleTimeout())
                .maximumSize(sessions.maxSessions())
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = Caller.of(request).userId();
        String session = request.getHeader(SESSION_HEADER);
        if (session != null && !String.valueOf(userId).equals(owners.getIfPresent(session))) {
            problems.write(response, new ProblemException(ProblemType.SESSION_NOT_FOUND, "No MCP session with this id is yours: initialize a new one."));
            return;
        }
        if (session == null && userId != null && sessionsOf(userId) >= sessionsPerUser) {
            problems.write(response, new ProblemException(ProblemType.TOO_MANY_SESSIONS, "You hold " + sessionsPerUser + " open MCP sessions: close one (DELETE "
                            + "with its Mcp-Session-Id) or reuse it."));
            return;
        }
        chain.doFilter(request, userId == null ? response : new Owned(response, userId));
        if (session != null && "DELETE".equals(request.getMethod()) && response.getStatus() < 300) {
            owners.invalidate(session);
        }
    }

    private long sessionsOf(String userId) {
        return owners.asMap().values().stream().filter(userId::equals).count();
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
