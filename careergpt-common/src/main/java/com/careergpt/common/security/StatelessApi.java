package com.careergpt.common.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * What every filter chain of a CareerGPT service starts from: no sessions, login pages, logout page or CSRF tokens
 * (callers are named by bearer tokens, the guest cookie or the service token), and the {@link SecurityHeaders}.
 */
public final class StatelessApi {

    private StatelessApi() {
    }

    public static HttpSecurity configure(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.standard());
    }
}
