package com.careergpt.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.JwtKeyRing;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenJwtDecoderTest {

    static final String SECRET = "dGVzdC1zZWNyZXQtb2YtYXQtbGVhc3QtMjU2LWJpdHMtZm9yLWhzMjU2LXNpZ25pbmc=";

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final AccessTokens tokens = new AccessTokens(JwtKeyRing.fromBase64(SECRET, List.of()), "careergpt-identity",
            Duration.ofHours(1), clock);
    final Set<String> revokedUsers = new HashSet<>();
    final AccessTokenJwtDecoder decoder = new AccessTokenJwtDecoder(tokens,
            claims -> revokedUsers.contains(claims.subject()), clock);

    @Test
    void aTokenBecomesAJwtWithItsClaimsAndRole() {
        String token = tokens.issue("user-1", "member", "admin", Duration.ofMinutes(5)).value();
        Jwt jwt = decoder.decode(token);
        assertThat(jwt.getSubject()).isEqualTo("user-1");
        assertThat(AccessTokenJwtDecoder.claimsOf(jwt).isAdmin()).isTrue();
        assertThat(AccessTokenJwtDecoder.claimsOf(jwt).state()).isEqualTo("member");
        assertThat(new AccessTokenAuthentication().convert(jwt).getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }

    @Test
    void aRememberedTokenIsStillRefusedOnceItExpires() {
        String token = tokens.issue("user-1", "verified", "user", Duration.ofMinutes(5)).value();
        assertThat(decoder.decode(token).getSubject()).isEqualTo("user-1");
        clock.advance(Duration.ofMinutes(5).plusSeconds(20));
        assertThat(decoder.decode(token).getSubject()).isEqualTo("user-1");
        clock.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsNotServedFromMemory() {
        String token = tokens.issue("user-1", "verified", "user", Duration.ofMinutes(5)).value();
        decoder.decode(token);
        int at = token.length() - 10;
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsUserIsRevoked() {
        String token = tokens.issue("user-2", "verified", "user", Duration.ofMinutes(5)).value();
        decoder.decode(token);
        revokedUsers.add("user-2");
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class).hasMessageContaining("revoked");
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
