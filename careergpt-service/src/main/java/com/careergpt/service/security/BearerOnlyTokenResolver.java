package com.careergpt.service.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Bearer tokens from the {@code Authorization} header only (never a query parameter or form field); any other
 * authorization scheme is refused rather than ignored, so a client sending Basic credentials learns why it fails.
 */
class BearerOnlyTokenResolver implements BearerTokenResolver {

    private static final String BEARER = "Bearer ";

    private final DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidBearerTokenException("only Bearer tokens are accepted");
        }
        return bearer.resolve(request);
    }
}
