package com.careergpt.common.jwt;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The key ring and token issuer/verifier both services use, from {@code careergpt.jwt.*}. */
@AutoConfiguration
@EnableConfigurationProperties(JwtProperties.class)
public class JwtAutoConfiguration {

    /** Fails start-up with a message naming JWT_SECRET when the secret is missing or weaker than 256 bits. */
    @Bean
    JwtKeyRing jwtKeyRing(JwtProperties properties) {
        return JwtKeyRing.fromBase64(properties.secret(), properties.previousSecrets());
    }

    @Bean
    AccessTokens accessTokens(JwtKeyRing keys, JwtProperties properties, ObjectProvider<Clock> clock) {
        return new AccessTokens(keys, properties.issuer(), properties.maxAccessTokenLifetime(),
                clock.getIfAvailable(Clock::systemUTC));
    }
}
