package com.careergpt.identity.user;

import java.util.Arrays;
import java.util.Optional;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.jwt.AccessTokenClaims;
import com.careergpt.common.security.AccessTokenJwtDecoder;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Who is calling: the bearer token's subject when a token is sent (verified by the same decoder as the security
 * chains, revocations included), else the identity of the cookie.
 */
@Component
public class CurrentIdentity {

    public static final String COOKIE_NAME = "identity_id";
    private static final String BEARER = "Bearer ";

    private final JwtDecoder tokens;
    private final UserRepository users;
    private final IdentityLookup identities;

    CurrentIdentity(JwtDecoder tokens, UserRepository users, IdentityLookup identities) {
        this.tokens = tokens;
        this.users = users;
        this.identities = identities;
    }

    public User require(HttpServletRequest request) {
        Optional<AccessTokenClaims> claims = bearerClaims(request);
        if (claims.isPresent()) {
            return users.findById(claims.get().subject()).orElseThrow(() -> invalidToken("the token's user no longer exists"));
        }
        return identities.resolveByCookie(cookie(request)).orElseThrow(IdentityRequired::new);
    }

    /** The verified claims of the bearer token; 401 when there is none or it is not valid or revoked. */
    public AccessTokenClaims requireToken(HttpServletRequest request) {
        return bearerClaims(request).orElseThrow(CurrentIdentity::tokenRequired);
    }

    /** The claims of a valid, unrevoked bearer token; empty when there is none or it is not valid. */
    public Optional<AccessTokenClaims> validToken(HttpServletRequest request) {
        try {
            return bearerClaims(request);
        }
        catch (ProblemException invalid) {
            return Optional.empty();
        }
    }

    private Optional<AccessTokenClaims> bearerClaims(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        AccessTokenClaims claims;
        try {
            claims = AccessTokenJwtDecoder.claimsOf(tokens.decode(header.substring(BEARER.length()).trim()));
        }
        catch (JwtException ex) {
            throw invalidToken(ex.getMessage());
        }
        return Optional.of(claims);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE_NAME.equals(c.getName())).map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    /** 401 {@code token-required}: a bearer token was needed and none was sent. */
    public static ProblemException tokenRequired() {
        return new ProblemException(ProblemType.TOKEN_REQUIRED, "Send Authorization: Bearer <token> from POST /auth/verify.");
    }

    /** 401 {@code invalid-token}: the bearer token sent was refused, for this reason. */
    public static ProblemException invalidToken(String reason) {
        return new ProblemException(ProblemType.INVALID_TOKEN, "The bearer token was refused: " + reason + ".");
    }
}
