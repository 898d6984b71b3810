package com.careergpt.service.security;

import java.time.Duration;
import java.util.List;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.InvalidAccessTokenException;
import com.careergpt.common.jwt.JwtKeyRing;
import com.careergpt.identity.support.MutableClock;
import com.careergpt.service.support.GatewayTestSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {

    final MutableClock clock = new MutableClock();
    final AccessTokens tokens = new AccessTokens(JwtKeyRing.fromBase64(GatewayTestSupport.JWT_SECRET, List.of()),
            "careergpt-identity", clock);
    final VerifiedTokenCache cache = new VerifiedTokenCache(tokens, clock);

    @Test
    void aRememberedTokenIsStillRefusedOnceItExpires() {
        String token = tokens.issue("user-1", "verified", "user", Duration.ofMinutes(5)).value();
        assertThat(cache.verify(token).subject()).isEqualTo("user-1");
        clock.advance(Duration.ofMinutes(5).plusSeconds(20));
        assertThat(cache.verify(token).subject()).isEqualTo("user-1");
        clock.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> cache.verify(token)).isInstanceOf(InvalidAccessTokenException.class);
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsNotServedFromMemory() {
        String token = tokens.issue("user-1", "verified", "user", Duration.ofMinutes(5)).value();
        cache.verify(token);
        int at = token.length() - 10;
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        assertThatThrownBy(() -> cache.verify(tampered)).isInstanceOf(InvalidAccessTokenException.class);
        assertThatThrownBy(() -> cache.verify(tampered)).isInstanceOf(InvalidAccessTokenException.class);
    }
}
