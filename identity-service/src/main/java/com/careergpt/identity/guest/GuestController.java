package com.careergpt.identity.guest;

import com.careergpt.identity.web.ClientAddresses;
import com.careergpt.identity.user.CurrentIdentity;
import com.careergpt.identity.user.IdentityView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth")
@Tag(name = "Guest", description = "Anonymous identities with one free action")
class GuestController {

    private final GuestService guests;
    private final GuestCookie cookie;
    private final GuestProperties properties;
    private final CurrentIdentity currentIdentity;

    GuestController(GuestService guests, GuestCookie cookie, GuestProperties properties,
            CurrentIdentity currentIdentity) {
        this.guests = guests;
        this.cookie = cookie;
        this.properties = properties;
        this.currentIdentity = currentIdentity;
    }

    @PostMapping("/guest")
    @Operation(summary = "Create a guest and set the identity_id cookie; with a valid cookie, return the same identity")
    @ApiResponse(responseCode = "201", description = "A new guest, with its identity_id cookie")
    @ApiResponse(responseCode = "200", description = "The guest the cookie already names")
    @ApiResponse(responseCode = "429", description = "rate-limited: too many new guests from this address, with "
            + "Retry-After")
    ResponseEntity<IdentityView> guest(@CookieValue(name = GuestCookie.NAME, required = false) String identity,
            HttpServletRequest request) {
        GuestService.GuestSession session = guests.createOrResume(identity, request.getHeader(HttpHeaders.USER_AGENT),
                ClientAddresses.limitKey(request.getRemoteAddr()));
        return ResponseEntity.status(session.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header(HttpHeaders.SET_COOKIE, cookie.of(session.cookieValue()).toString())
                .body(IdentityView.of(session.user(), properties.freeActions()));
    }

    @GetMapping("/state")
    @Operation(summary = "Who this is (by bearer token, else by identity_id cookie): id, state, masked email, guest actions used",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "guest")})
    @ApiResponse(responseCode = "200", description = "The caller's identity")
    @ApiResponse(responseCode = "401", description = "identity-required (neither token nor cookie) or invalid-token")
    IdentityView state(HttpServletRequest request) {
        return IdentityView.of(currentIdentity.require(request), properties.freeActions());
    }
}
