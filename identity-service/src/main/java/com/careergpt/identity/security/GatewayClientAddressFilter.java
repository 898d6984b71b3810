package com.careergpt.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client address of a request careergpt-service forwarded: the gateway names it in {@code X-Forwarded-For} and
 * vouches for it with the service token. Without the token the header is not believed, so a client talking to
 * identity-service directly cannot pick the address its per-address limits count against.
 */
class GatewayClientAddressFilter extends OncePerRequestFilter {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final ServiceToken serviceToken;

    GatewayClientAddressFilter(ServiceToken serviceToken) {
        this.serviceToken = serviceToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String forwardedFor = request.getHeader(FORWARDED_FOR);
        if (forwardedFor == null || forwardedFor.isBlank() || !serviceToken.isPresentedBy(request)) {
            chain.doFilter(request, response);
            return;
        }
        String client = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).trim();
        chain.doFilter(new HttpServletRequestWrapper(request) {

            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }
}
