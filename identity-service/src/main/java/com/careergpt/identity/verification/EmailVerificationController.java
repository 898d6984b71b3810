package com.careergpt.identity.verification;

import com.careergpt.identity.guest.GuestCookie;
import com.careergpt.identity.token.AccessTokenIssuer.IssuedToken;
import com.careergpt.identity.token.RefreshCookie;

import io.swagger.v3.oas.annotations.Operation;
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
    ResponseEntity<EmailVerificationService.CodeSent> submitEmail(
            @CookieValue(name = GuestCookie.NAME, required = false) String identity,
            @Valid @RequestBody EmailRequest request, HttpServletRequest httpRequest) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(verification.sendCode(identity, request.email(), httpRequest.getRemoteAddr()));
    }

    @PostMapping("/email/resend")
    @Operation(summary = "Send a new code to the recorded address; the previous code stops working")
    ResponseEntity<EmailVerificationService.CodeSent> resend(
            @CookieValue(name = GuestCookie.NAME, required = false) String identity, HttpServletRequest httpRequest) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(verification.sendCode(identity, null, httpRequest.getRemoteAddr()));
    }

    @PostMapping(path = "/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirm the code: returns {token, expiresAt, state} and sets the refresh_token cookie")
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
