package com.careergpt.service.security;

import java.io.IOException;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The MCP endpoint's refusals: 401 with an RFC 6750 {@code WWW-Authenticate: Bearer} challenge pointing to the
 * {@link McpResourceMetadata} (as the MCP authorization spec asks of a protected server) and the gateway's problem
 * body. Guests have no MCP access: the
 * cookie is never enough, so a missing token is {@code token-required} rather than the REST API's guest hints.
 */
class McpAccessRefusals implements AuthenticationEntryPoint {

    static final String REALM = "careergpt";

    private final ProblemWriter problems;

    McpAccessRefusals(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String challenge = "Bearer realm=\"" + REALM + "\", resource_metadata=\""
                + McpResourceMetadata.url(request) + "\"";
        if (failure instanceof OAuth2AuthenticationException) {
            response.setHeader("WWW-Authenticate", challenge
                    + ", error=\"invalid_token\", error_description=\"The access token was refused\"");
            problems.write(response, AccessProblems.invalidToken(failure.getMessage()));
            return;
        }
        response.setHeader("WWW-Authenticate", challenge);
        problems.write(response, tokenRequired());
    }

    static ProblemException tokenRequired() {
        return new ProblemException(ProblemType.TOKEN_REQUIRED, "The MCP server needs Authorization: Bearer <access token> of a verified account: sign in by email "
                        + "code (POST /auth/email, POST /auth/verify) and send the token it answers.")
                .with("next", "email");
    }
}
