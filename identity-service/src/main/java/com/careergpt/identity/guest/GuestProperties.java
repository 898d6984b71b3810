package com.careergpt.identity.guest;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Guests: the {@code identity_id} cookie, how many guests one IP may create, their free actions, and when an
 * unused guest is forgotten.
 *
 * @param cookieSecure mark the {@code identity_id} cookie Secure (true behind HTTPS)
 * @param cookieMaxAge lifetime of the {@code identity_id} cookie
 * @param creationLimit new guests one client address may create per window
 * @param creationWindow window of the per-address guest limit
 * @param freeActions free actions per guest
 * @param staleAfter unused guests (never upgraded, no action used) not seen for this long are deleted
 * @param cleanupBatchSize stale guests deleted per batch
 * @param cleanupCron when the stale-guest job runs (Spring cron)
 */
@Validated
@ConfigurationProperties("careergpt.identity.guest")
public record GuestProperties(
        @DefaultValue("false") boolean cookieSecure,
        @DefaultValue("365d") Duration cookieMaxAge,
        @DefaultValue("30") @Positive int creationLimit,
        @DefaultValue("1h") Duration creationWindow,
        @DefaultValue("1") @Min(0) int freeActions,
        @DefaultValue("30d") Duration staleAfter,
        @DefaultValue("500") @Positive int cleanupBatchSize,
        @DefaultValue("0 17 3 * * *") @NotBlank String cleanupCron) {
}
