package com.careergpt.identity.guest;

import com.careergpt.identity.user.CurrentIdentity;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/** The {@code identity_id} cookie: HttpOnly, SameSite=Lax, Secure when configured. */
@Component
public class GuestCookie {

    public static final String NAME = CurrentIdentity.COOKIE_NAME;

    private final GuestProperties properties;

    GuestCookie(GuestProperties properties) {
        this.properties = properties;
    }

    ResponseCookie of(String value) {
        return ResponseCookie.from(NAME, value)
                .httpOnly(true)
                .secure(properties.cookieSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(properties.cookieMaxAge())
                .build();
    }
}
