package com.careergpt.identity.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/** A request bearing the service token is careergpt-service, with {@code ROLE_SERVICE}; any other stays anonymous. */
class ServiceTokenAuthenticationFilter extends OncePerRequestFilter {

    static final String SERVICE = "SERVICE";
    private static final String PRINCIPAL = "careergpt-service";

    private final ServiceToken serviceToken;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ServiceTokenAuthenticationFilter(ServiceToken serviceToken) {
        this.serviceToken = serviceToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (serviceToken.isPresentedBy(request)) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new PreAuthenticatedAuthenticationToken(PRINCIPAL, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + SERVICE))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
