package com.careergpt.identity.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.careergpt.common.web.ProblemException;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access-token revocation list that the gateway polls; behind the service token like every {@code /internal/**}
 * endpoint.
 *
 * <p>{@code GET /internal/tokens/revocations[?since=<ISO-8601 instant>]} answers
 * {@code {"asOf":"<instant>","revocations":[{"userId":"...","revokedBefore":"<instant>"}]}}: every live revocation
 * when {@code since} is absent, else those recorded at or after {@code since}, oldest first. An access token whose
 * {@code sub} is {@code userId} and whose {@code iat} is before {@code revokedBefore} is revoked. A revocation stays
 * in the list while a token it covers can still be valid (access-token lifetime plus 30 s clock skew after
 * {@code revokedBefore}). Every revocation recorded before {@code asOf} is in this answer or an earlier one: poll
 * again with {@code since=asOf} (asOf lags the clock by a few seconds, so a revocation may come twice, never not at
 * all). A {@code since} that is not an ISO-8601 instant is a 400 {@code invalid-parameter} naming {@code since}.
 */
@RestController
@Hidden
class InternalRevocationController {

    /** How far asOf lags the clock: a revocation recorded just before may commit after this read. */
    static final Duration COMMIT_MARGIN = Duration.ofSeconds(5);

    private final AccessTokenRevocations revocations;
    private final Clock clock;

    InternalRevocationController(AccessTokenRevocations revocations, Clock clock) {
        this.revocations = revocations;
        this.clock = clock;
    }

    @GetMapping("/internal/tokens/revocations")
    RevocationList revocations(@RequestParam(required = false) String since) {
        Instant now = clock.instant();
        return new RevocationList(now.minus(COMMIT_MARGIN), revocations.recordedSince(parse(since), now));
    }

    private static Instant parse(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        }
        catch (DateTimeParseException ex) {
            throw ProblemException.badParameter("since", "since must be an ISO-8601 instant such as 2026-12-01T10:15:30Z.");
        }
    }

    record RevocationList(Instant asOf, List<AccessTokenRevocations.Revocation> revocations) {
    }
}
