package com.careergpt.common.metrics;

import com.careergpt.common.security.AccessTokenAuthentication;
import com.careergpt.common.security.StatelessApi;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWriter;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read {@code /actuator/prometheus} on a service's own port: an access token with {@code role=admin}, or the
 * internal service token sent as a bearer token (what the Prometheus of the {@code observability} compose profile
 * does). Anyone else gets a problem: 401 {@code token-required} or {@code invalid-token} without a usable token,
 * 403 {@code admin-required} for a token without the admin role.
 */
public final class MetricsEndpointSecurity {

    public static final String PATH = "/actuator/prometheus";

    private MetricsEndpointSecurity() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, String serviceToken, ProblemWriter problems,
            AccessTokenAuthentication authentication) throws Exception {
        ServiceBearerFilter serviceBearer = new ServiceBearerFilter(serviceToken);
        return StatelessApi.configure(http)
                .securityMatcher(PATH)
                .addFilterBefore(serviceBearer, BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(serviceBearer::otherBearerToken)
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(response, failure instanceof OAuth2AuthenticationException
                                    ? new ProblemException(ProblemType.INVALID_TOKEN, "The bearer token was refused: " + failure.getMessage() + ".")
                                    : new ProblemException(ProblemType.TOKEN_REQUIRED, "Metrics are for admins and the metrics scraper: send Authorization: Bearer <token>."));
                        })
                        .accessDeniedHandler((request, response, denied) -> problems.write(response,
                                new ProblemException(ProblemType.ADMIN_REQUIRED, "Metrics are for admins and the metrics scraper only.")))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication)))
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyRole(AccessTokenAuthentication.ADMIN, ServiceBearerFilter.SCRAPER))
                .build();
    }
}
