package com.careergpt.identity.verification;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Email verification codes.
 *
 * @param codeTtl how long a code stays valid
 * @param maxAttempts wrong tries after which a code is dead
 * @param resendCooldown minimum time between two codes to one address
 * @param maxCodesPerHour codes one address may receive per hour
 * @param maxFailuresPerDay wrong tries one address may make per 24 hours, over all its codes
 * @param mailFrom sender address of code emails when SMTP is configured
 */
@Validated
@ConfigurationProperties("careergpt.identity.verification")
public record VerificationProperties(
        @DefaultValue("10m") Duration codeTtl,
        @DefaultValue("5") @Positive int maxAttempts,
        @DefaultValue("60s") Duration resendCooldown,
        @DefaultValue("5") @Positive int maxCodesPerHour,
        @DefaultValue("20") @Positive int maxFailuresPerDay,
        @DefaultValue("CareerGPT <no-reply@careergpt.local>") @NotBlank String mailFrom) {
}
