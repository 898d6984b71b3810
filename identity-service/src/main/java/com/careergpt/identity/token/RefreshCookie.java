package com.careergpt.identity.token;

import java.time.Duration;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/** The {@code refresh_token} cookie: HttpOnly, SameSite=Strict, only sent to {@code /auth}. */
@Component
public class RefreshCookie {

    public static final String NAME = "refresh_token";

    private final TokenProperties properties;

    RefreshCookie(TokenProperties properties) {
        this.properties = properties;
    }

    public ResponseCookie of(String value) {
        return build(value, properties.refreshTokenTtl());
    }

    ResponseCookie cleared() {
        return build("", Duration.ZERO);
    }

    private ResponseCookie build(String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value)
                .httpOnly(true)
                .secure(properties.cookieSecure())
                .sameSite("Strict")
                .path("/auth")
                .maxAge(maxAge)
                .build();
    }
}
