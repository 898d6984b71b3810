package com.careergpt.identity.token;

import java.util.HashSet;
import java.util.Set;

import com.careergpt.identity.revocation.AccessTokenRevocations;
import com.careergpt.identity.user.CurrentIdentity;
import com.careergpt.identity.user.User;
import com.careergpt.identity.user.UserRepository;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth")
@Tag(name = "Session", description = "Refresh and end a verified session")
class SessionController {

    private final RefreshTokenService refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final RefreshCookie refreshCookie;
    private final UserRepository users;
    private final AccessTokenRevocations accessTokenRevocations;
    private final CurrentIdentity currentIdentity;

    SessionController(RefreshTokenService refreshTokens, AccessTokenIssuer accessTokens, RefreshCookie refreshCookie,
            UserRepository users, AccessTokenRevocations accessTokenRevocations, CurrentIdentity currentIdentity) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.refreshCookie = refreshCookie;
        this.users = users;
        this.accessTokenRevocations = accessTokenRevocations;
        this.currentIdentity = currentIdentity;
    }

    @PostMapping("/refresh")
    @Operation(summary = "Trade the refresh_token cookie for a new access token and a new refresh token")
    @ApiResponse(responseCode = "200", description = "A new access token (and a new refresh_token cookie)")
    @ApiResponse(responseCode = "401", description = "invalid-refresh-token: missing, expired, revoked or reused")
    ResponseEntity<AccessTokenIssuer.IssuedToken> refresh(
            @CookieValue(name = RefreshCookie.NAME, required = false) String refreshToken) {
        RefreshTokenService.Rotation rotation = refreshTokens.rotate(refreshToken);
        User user = users.findById(rotation.userId())
                .filter(found -> found.getState().isVerified())
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_REFRESH_TOKEN, "The account of this session no longer exists."));
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, refreshCookie.of(rotation.newToken()).toString())
                .body(accessTokens.issue(user));
    }

    @PostMapping("/logout")
    @Operation(summary = "Revoke the session's refresh tokens and the user's access tokens, and clear the cookie")
    ResponseEntity<Void> logout(@CookieValue(name = RefreshCookie.NAME, required = false) String refreshToken,
            HttpServletRequest request) {
        Set<String> users = new HashSet<>();
        refreshTokens.revokeFamilyOf(refreshToken).ifPresent(users::add);
        currentIdentity.validToken(request).ifPresent(token -> users.add(token.subject()));
        users.forEach(accessTokenRevocations::revokeAll);
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, refreshCookie.cleared().toString())
                .build();
    }
}
