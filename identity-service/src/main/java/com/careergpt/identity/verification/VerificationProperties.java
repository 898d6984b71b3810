package com.careergpt.identity.verification;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Email verification codes and the abuse limits around them. Limits count per requesting identity (the
 * {@code identity_id} cookie's user) and per client address, never per target address alone: a stranger's requests
 * and wrong tries for an address do not stop its owner, who asks from another identity and client.
 *
 * @param codeTtl how long a code stays valid
 * @param maxAttempts wrong tries after which a code is dead
 * @param resendCooldown minimum time between two codes requested by one identity
 * @param maxCodesPerHour codes one identity may request per hour
 * @param maxAddressesPerHour distinct addresses one identity may send codes to per hour
 * @param maxFailuresPerDay wrong tries one identity may make per 24 hours, over all its codes
 * @param maxCodesPerClientPerHour codes requested from one client address per hour, over all identities
 * @param maxAddressesPerClientPerHour distinct addresses codes are sent to from one client address per hour
 * @param maxFailuresPerClientPerDay wrong tries from one client address per 24 hours, over all identities
 * @param mailFrom sender address of code emails when SMTP is configured
 */
@Validated
@ConfigurationProperties("careergpt.identity.verification")
public record VerificationProperties(
        @DefaultValue("10m") Duration codeTtl,
        @DefaultValue("5") @Positive int maxAttempts,
        @DefaultValue("60s") Duration resendCooldown,
        @DefaultValue("5") @Positive int maxCodesPerHour,
        @DefaultValue("3") @Positive int maxAddressesPerHour,
        @DefaultValue("20") @Positive int maxFailuresPerDay,
        @DefaultValue("20") @Positive int maxCodesPerClientPerHour,
        @DefaultValue("10") @Positive int maxAddressesPerClientPerHour,
        @DefaultValue("100") @Positive int maxFailuresPerClientPerDay,
        @DefaultValue("CareerGPT <no-reply@careergpt.local>") @NotBlank String mailFrom) {
}
