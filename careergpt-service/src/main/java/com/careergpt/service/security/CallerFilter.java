package com.careergpt.service.security;

import java.io.IOException;
import java.util.Arrays;

import com.careergpt.common.jwt.InvalidAccessTokenException;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finds the {@link Caller}: a bearer token must be a valid CareerGPT access token (any other gets 401 here, before
 * any controller); without a token the {@code identity_id} cookie makes a guest. Identity-service is not asked:
 * verified users are checked locally, guests only when they act.
 */
class CallerFilter extends OncePerRequestFilter {

    static final String IDENTITY_COOKIE = "identity_id";
    private static final String BEARER = "Bearer ";

    private final VerifiedTokenCache tokens;
    private final ProblemWriter problems;

    CallerFilter(VerifiedTokenCache tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // /auth/** belongs to identity-service, which reads tokens and cookies itself.
        return request.getRequestURI().startsWith(request.getContextPath() + "/auth/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                problems.write(response, invalidToken("only Bearer tokens are accepted"));
                return;
            }
            try {
                Caller.attach(request, Caller.verified(tokens.verify(authorization.substring(BEARER.length()).trim())));
            }
            catch (InvalidAccessTokenException ex) {
                problems.write(response, invalidToken(ex.getMessage()));
                return;
            }
        }
        else {
            String cookie = identityCookie(request);
            Caller.attach(request, cookie == null ? Caller.anonymous() : Caller.guest(cookie));
        }
        chain.doFilter(request, response);
    }

    private static String identityCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> IDENTITY_COOKIE.equals(c.getName()) && !c.getValue().isBlank())
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    private static ProblemException invalidToken(String reason) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
                "The bearer token was refused: " + reason + ". Sign in again with POST /auth/refresh or by email code.")
                .with("next", "refresh");
    }
}
