package com.careergpt.common.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bearer token equal to the internal service token (compared in constant time) authenticates the metrics scraper
 * with {@code ROLE_METRICS_SCRAPER}; any other bearer token is left to the JWT decoder ({@link #otherBearerToken}).
 * An empty service token matches nothing.
 */
final class ServiceBearerFilter extends OncePerRequestFilter {

    static final String SCRAPER = "METRICS_SCRAPER";
    private static final String PRINCIPAL = "metrics-scraper";

    private final byte[] serviceToken;
    private final DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ServiceBearerFilter(String serviceToken) {
        this.serviceToken = serviceToken == null ? new byte[0] : serviceToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isServiceToken(resolvedOrNull(request))) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new PreAuthenticatedAuthenticationToken(PRINCIPAL, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /** A malformed Authorization header is not the service token; the resource server answers it with a 401. */
    private String resolvedOrNull(HttpServletRequest request) {
        try {
            return bearer.resolve(request);
        }
        catch (OAuth2AuthenticationException malformed) {
            return null;
        }
    }

    /** The request's bearer token unless it is the service token, which this filter has dealt with. */
    String otherBearerToken(HttpServletRequest request) {
        String token = bearer.resolve(request);
        return isServiceToken(token) ? null : token;
    }

    private boolean isServiceToken(String token) {
        return token != null && serviceToken.length > 0
                && MessageDigest.isEqual(serviceToken, token.getBytes(StandardCharsets.UTF_8));
    }
}
