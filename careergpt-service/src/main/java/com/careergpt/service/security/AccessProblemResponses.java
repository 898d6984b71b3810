package com.careergpt.service.security;

import java.io.IOException;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security's refusals as the gateway's problems: a refused bearer token is 401 {@code invalid-token}; a
 * request that needs more than its caller has is 401 telling what to do next ({@code identity-required},
 * {@code sign-in-required}), or 403 {@code admin-required} for a verified user without the admin role.
 */
class AccessProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    AccessProblemResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        ProblemException problem = failure instanceof OAuth2AuthenticationException
                ? AccessProblems.invalidToken(failure.getMessage())
                : AccessProblems.signInRequired(Caller.of(request));
        response.setHeader("WWW-Authenticate", "Bearer");
        problems.write(response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(response, AccessProblems.adminRequired());
    }
}
