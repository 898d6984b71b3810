package com.careergpt.identity.security;

import com.careergpt.common.metrics.MetricsEndpointSecurity;
import com.careergpt.common.security.AccessTokenAuthentication;
import com.careergpt.common.security.StatelessApi;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWriter;
import com.careergpt.identity.user.CurrentIdentity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what on identity-service. Spring Security's firewall rejects ambiguous paths first;
 * {@code /internal/**} is for careergpt-service alone (the service token is its authentication);
 * {@code /auth/admin/**} needs an access token with {@code role=admin}; the rest of {@code /auth/**} serves guests
 * and users, who are told apart by their cookie or token in the controllers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** {@code /actuator/prometheus}: admins' access tokens and the service token as a bearer token (the scraper). */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http, InternalApiProperties internal, ProblemWriter problems,
            AccessTokenAuthentication authentication) throws Exception {
        return MetricsEndpointSecurity.chain(http, internal.serviceToken(), problems, authentication);
    }

    @Bean
    @Order(1)
    SecurityFilterChain internalApiChain(HttpSecurity http, ServiceToken serviceToken, ProblemWriter problems)
            throws Exception {
        ProblemException refused = new ProblemException(ProblemType.INTERNAL_TOKEN_REQUIRED,
                "The internal API needs a valid " + ServiceToken.HEADER + " header.");
        return StatelessApi.configure(http)
                .securityMatcher("/internal/**")
                .addFilterBefore(new ServiceTokenAuthenticationFilter(serviceToken), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> problems.write(response, refused))
                        .accessDeniedHandler((request, response, denied) -> problems.write(response, refused)))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ServiceTokenAuthenticationFilter.SERVICE))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminChain(HttpSecurity http, ProblemWriter problems, AccessTokenAuthentication authentication)
            throws Exception {
        return StatelessApi.configure(http)
                .securityMatcher("/auth/admin/**")
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(response, failure instanceof OAuth2AuthenticationException
                                    ? CurrentIdentity.invalidToken(failure.getMessage())
                                    : CurrentIdentity.tokenRequired());
                        })
                        .accessDeniedHandler((request, response, denied) -> problems.write(response,
                                new ProblemException(ProblemType.ADMIN_REQUIRED, "Only admins may do this.")))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication)))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(AccessTokenAuthentication.ADMIN))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        return StatelessApi.configure(http)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /** Before the request id and request logging, so every log line names the gateway's client. */
    @Bean
    FilterRegistrationBean<GatewayClientAddressFilter> gatewayClientAddressFilter(ServiceToken serviceToken) {
        FilterRegistrationBean<GatewayClientAddressFilter> registration =
                new FilterRegistrationBean<>(new GatewayClientAddressFilter(serviceToken));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
