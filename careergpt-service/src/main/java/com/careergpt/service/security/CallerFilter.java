package com.careergpt.service.security;

import java.io.IOException;
import java.util.Arrays;

import com.careergpt.common.security.AccessTokenJwtDecoder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the {@link Caller} once Spring Security has authenticated the request: a verified bearer token makes a
 * verified user; without one, the {@code identity_id} cookie makes a guest (identity-service is asked only when
 * the guest acts or reads); otherwise nobody.
 */
class CallerFilter extends OncePerRequestFilter {

    static final String IDENTITY_COOKIE = "identity_id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            Caller.attach(request, Caller.verified(AccessTokenJwtDecoder.claimsOf(token.getToken())));
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
}
