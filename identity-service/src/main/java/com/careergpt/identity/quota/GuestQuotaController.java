package com.careergpt.identity.quota;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Called by careergpt-service with {@code X-Internal-Token}; never exposed through the gateway. */
@RestController
@RequestMapping("/internal")
@Tag(name = "Internal", description = "Guest quota API for careergpt-service (X-Internal-Token)")
class GuestQuotaController {

    private final GuestQuotaService quota;

    GuestQuotaController(GuestQuotaService quota) {
        this.quota = quota;
    }

    @PostMapping("/identities/resolve")
    @Operation(summary = "Who an identity_id cookie stands for")
    GuestQuotaService.IdentityStatus resolve(@Valid @RequestBody IdentityRequest request) {
        return quota.resolve(request.identity());
    }

    @PostMapping("/guest-actions/claims")
    @Operation(summary = "Atomically claim the guest's free action: 201, or 409 free-action-used / not-a-guest")
    ResponseEntity<GuestQuotaService.Claim> claim(@Valid @RequestBody IdentityRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(quota.claim(request.identity()));
    }

    @DeleteMapping("/guest-actions/claims/{claimId}")
    @Operation(summary = "Give a claimed free action back (the action failed on the server's side); idempotent")
    ResponseEntity<Void> release(@PathVariable String claimId) {
        quota.release(claimId);
        return ResponseEntity.noContent().build();
    }

    /** @param identity the value of the guest's {@code identity_id} cookie */
    record IdentityRequest(@NotBlank String identity) {
    }
}
