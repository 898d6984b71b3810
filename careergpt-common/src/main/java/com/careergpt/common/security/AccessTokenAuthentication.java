package com.careergpt.common.security;

import java.util.List;
import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified access token as an authentication: {@code role=admin} grants {@code ROLE_ADMIN}, any other {@code ROLE_USER}. */
public final class AccessTokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ADMIN = "ADMIN";
    public static final String USER = "USER";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String role = "admin".equals(jwt.getClaimAsString(AccessTokenJwtDecoder.ROLE_CLAIM)) ? ADMIN : USER;
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT))),
                jwt.getSubject());
    }
}
