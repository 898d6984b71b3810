package com.careergpt.identity.verification;

import com.careergpt.identity.guest.GuestCookie;
import com.careergpt.identity.token.AccessTokenIssuer.IssuedToken;
import com.careergpt.identity.token.RefreshCookie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth")
@Tag(name = "Email verification", description = "Give an email address, receive a 6-digit code, confirm it")
class EmailVerificationController {

    private final EmailVerificationService verification;
    private final RefreshCookie refreshCookie;

    EmailVerificationController(EmailVerificationService verification, RefreshCookie refreshCookie) {
        this.verification = verification;
        this.refreshCookie = refreshCookie;
    }

    @PostMapping(path = "/email", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the email address of this identity and send it a code (also signs a verified user in again)")
    @ApiResponse(responseCode = "202", description = "The code is on its way; expiresAt and resendAvailableAt say when "
            + "it stops working and when another may be asked for")
    @ApiResponse(responseCode = "400", description = "Not an email address (field email)")
    @ApiResponse(responseCode = "401", description = "identity-required: no identity_id cookie (call POST /auth/guest)")
    @ApiResponse(responseCode = "409", description = "email-change-not-supported: another address is already recorded")
    @ApiResponse(responseCode = "429", description = "code-limit-reached or address-limit-reached, with Retry-After")
    @ApiResponse(responseCode = "503", description = "code-delivery-failed: the code could not be sent")
    ResponseEntity<EmailVerificationService.CodeSent> submitEmail(
            @CookieValue(name = GuestCookie.NAME, required = false) String identity,
            @Valid @RequestBody EmailRequest request, HttpServletRequest httpRequest) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(verification.sendCode(identity, request.email(), httpRequest.getRemoteAddr()));
    }

    @PostMapping("/email/resend")
    @Operation(summary = "Send a new code to the recorded address; the previous code stops working")
    @ApiResponse(responseCode = "202", description = "A new code is on its way")
    @ApiResponse(responseCode = "401", description = "identity-required: no identity_id cookie")
    @ApiResponse(responseCode = "409", description = "email-missing: no address recorded yet (POST /auth/email)")
    @ApiResponse(responseCode = "429", description = "resend-cooldown (a code was sent moments ago) or "
            + "code-limit-reached, with Retry-After")
    @ApiResponse(responseCode = "503", description = "code-delivery-failed: the code could not be sent")
    ResponseEntity<EmailVerificationService.CodeSent> resend(
            @CookieValue(name = GuestCookie.NAME, required = false) String identity, HttpServletRequest httpRequest) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(verification.sendCode(identity, null, httpRequest.getRemoteAddr()));
    }

    @PostMapping(path = "/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirm the code: returns {token, expiresAt, state} and sets the refresh_token cookie")
    @ApiResponse(responseCode = "200", description = "Verified: the access token (and the refresh_token cookie)")
    @ApiResponse(responseCode = "400", description = "wrong-code (field code, attemptsLeft), or not 6 digits")
    @ApiResponse(responseCode = "401", description = "identity-required: no identity_id cookie")
    @ApiResponse(responseCode = "410", description = "The code expired or is locked after too many wrong tries "
            + "(next: resend)")
    ResponseEntity<IssuedToken> verify(@CookieValue(name = GuestCookie.NAME, required = false) String identity,
            @Valid @RequestBody VerifyRequest request, HttpServletRequest httpRequest) {
        EmailVerificationService.Verified verified = verification.verify(identity, request.code(),
                httpRequest.getRemoteAddr());
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, refreshCookie.of(verified.refreshToken()).toString())
                .body(verified.token());
    }

    record EmailRequest(@NotBlank @ValidEmail String email) {
    }

    record VerifyRequest(@NotBlank @Pattern(regexp = "\\d{6}", message = "must be the 6 digits of the code") String code) {
    }
}
