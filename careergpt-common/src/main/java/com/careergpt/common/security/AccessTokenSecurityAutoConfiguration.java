package com.careergpt.common.security;

import java.time.Clock;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.JwtAutoConfiguration;
import com.careergpt.common.web.ProblemWriter;
import com.careergpt.common.web.WebAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The Spring Security pieces both services build their filter chains from: access tokens as bearer JWTs (one
 * decoder over {@link AccessTokens}), roles from the {@code role} claim, and problem+json for firewall rejections.
 */
@AutoConfiguration(after = { JwtAutoConfiguration.class, WebAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AccessTokenSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RevokedTokens revokedTokens() {
        return RevokedTokens.NONE;
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder accessTokenJwtDecoder(AccessTokens tokens, RevokedTokens revoked, ObjectProvider<Clock> clock) {
        return new AccessTokenJwtDecoder(tokens, revoked, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AccessTokenAuthentication accessTokenAuthentication() {
        return new AccessTokenAuthentication();
    }

    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problems) {
        return new ProblemRequestRejectedHandler(problems);
    }
}
