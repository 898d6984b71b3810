package com.careergpt.identity.token;

import java.time.Clock;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.JwtKeyRing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    /** Fails start-up with a message naming JWT_SECRET when the secret is missing or weaker than 256 bits. */
    @Bean
    JwtKeyRing jwtKeyRing(TokenProperties properties) {
        return JwtKeyRing.fromBase64(properties.secret(), properties.previousSecrets());
    }

    @Bean
    AccessTokens accessTokens(JwtKeyRing keys, TokenProperties properties, Clock clock) {
        return new AccessTokens(keys, properties.issuer(), clock);
    }
}
