package com.careergpt.service.security;

import java.time.Clock;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.JwtKeyRing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Fails start-up with a message naming JWT_SECRET when the secret is missing or weaker than 256 bits. */
    @Bean
    JwtKeyRing jwtKeyRing(JwtProperties properties) {
        return JwtKeyRing.fromBase64(properties.secret(), properties.previousSecrets());
    }

    @Bean
    AccessTokens accessTokens(JwtKeyRing keys, JwtProperties properties, Clock clock) {
        return new AccessTokens(keys, properties.issuer(), clock);
    }
}
