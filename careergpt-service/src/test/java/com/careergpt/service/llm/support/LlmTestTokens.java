package com.careergpt.service.llm.support;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.JwtKeyRing;
import com.careergpt.service.support.GatewayTestSupport;

/** Access tokens signed with the tests' JWT secret, so a test can act as any verified user or admin. */
public final class LlmTestTokens {

    private static final AccessTokens TOKENS = new AccessTokens(
            JwtKeyRing.fromBase64(GatewayTestSupport.JWT_SECRET, List.of()), "careergpt-identity", Duration.ofHours(2), Clock.systemUTC());

    private LlmTestTokens() {
    }

    public static Map<String, String> user(String userId) {
        return GatewayTestSupport.bearer(TOKENS.issue(userId, "verified", "user", Duration.ofHours(1)).value());
    }

    public static Map<String, String> member(String userId) {
        return GatewayTestSupport.bearer(TOKENS.issue(userId, "member", "user", Duration.ofHours(1)).value());
    }

    public static Map<String, String> admin(String userId) {
        return GatewayTestSupport.bearer(TOKENS.issue(userId, "verified", "admin", Duration.ofHours(1)).value());
    }
}
