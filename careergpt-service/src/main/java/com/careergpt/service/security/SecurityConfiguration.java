package com.careergpt.service.security;

import com.careergpt.common.metrics.MetricsEndpointSecurity;
import com.careergpt.common.security.AccessTokenAuthentication;
import com.careergpt.common.security.StatelessApi;
import com.careergpt.common.web.ProblemWriter;
import com.careergpt.service.gateway.GatewayProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call what on the gateway. Spring Security's firewall rejects paths a router could read differently
 * ({@code ;} parameters, encoded slashes and dots) before anything else; {@code /api/admin/**} needs
 * {@code ROLE_ADMIN}, matched on the decoded, normalised path; a bearer token must be a valid, unrevoked access
 * token wherever it is sent. Guests and their one free action are the {@link AccessGate}'s business, after this.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * A request that changes something must come from someone (a bearer token or the guest cookie): an anonymous
     * body is refused before it is read, let alone parsed. Signed inbound hooks authenticate by their signature.
     */
    private static final AuthorizationManager<RequestAuthorizationContext> KNOWN_CALLER = (authentication, context) ->
            new AuthorizationDecision(Caller.of(context.getRequest()).kind() != Caller.Kind.ANONYMOUS);

    private static final AuthorizationManager<RequestAuthorizationContext> VERIFIED_CALLER = (authentication, context) ->
            new AuthorizationDecision(Caller.of(context.getRequest()).isVerified());

    /** {@code /actuator/prometheus}: admins' access tokens and the internal service token (the metrics scraper). */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http, GatewayProperties gateway, ProblemWriter problems,
            AccessTokenAuthentication authentication) throws Exception {
        return MetricsEndpointSecurity.chain(http, gateway.internalServiceToken(), problems, authentication);
    }

    /** {@code /auth/**} is identity-service's: forwarded with its cookies and tokens, which it checks itself. */
    @Bean
    @Order(1)
    SecurityFilterChain authForwardingChain(HttpSecurity http) throws Exception {
        return StatelessApi.configure(http)
                .securityMatcher("/auth/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * {@code /mcp} (the MCP server) is for verified users only: a valid, unrevoked bearer access token, never the
     * guest cookie. Its actions are counted and rate-limited by the tools themselves, as the {@link AccessGate} does
     * for REST.
     */
    @Bean
    @Order(2)
    SecurityFilterChain mcpChain(HttpSecurity http, ProblemWriter problems, AccessTokenAuthentication authentication)
            throws Exception {
        McpAccessRefusals refusals = new McpAccessRefusals(problems);
        return StatelessApi.configure(http)
                .securityMatcher("/mcp", "/mcp/**")
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BearerOnlyTokenResolver())
                        .authenticationEntryPoint(refusals)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals))
                .addFilterAfter(new CallerFilter(), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(VERIFIED_CALLER))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain gatewayChain(HttpSecurity http, ProblemWriter problems, AccessTokenAuthentication authentication)
            throws Exception {
        AccessProblemResponses refusals = new AccessProblemResponses(problems);
        return StatelessApi.configure(http)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BearerOnlyTokenResolver())
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterAfter(new CallerFilter(), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(AccessTokenAuthentication.ADMIN)
                        .requestMatchers("/api/hooks/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/**").access(KNOWN_CALLER)
                        .requestMatchers(HttpMethod.PUT, "/api/**").access(KNOWN_CALLER)
                        .requestMatchers(HttpMethod.PATCH, "/api/**").access(KNOWN_CALLER)
                        .requestMatchers(HttpMethod.DELETE, "/api/**").access(KNOWN_CALLER)
                        .anyRequest().permitAll())
                .build();
    }
}
