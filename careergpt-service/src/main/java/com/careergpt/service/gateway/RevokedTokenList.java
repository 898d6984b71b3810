package com.careergpt.service.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.common.jwt.AccessTokenClaims;
import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.security.RevokedTokens;

import tools.jackson.databind.JsonNode;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The access tokens identity-service withdrew (sign-out, deletion), fetched every
 * {@link GatewayProperties#revocationRefresh()}: a user's tokens issued before the revocation's {@code revokedBefore}
 * (identity-service sets it to the whole second after the sign-out, as {@code iat} counts whole seconds) are
 * refused. If identity-service cannot be reached the last list stays in force; entries are dropped once every token
 * they cover has expired anyway.
 */
@Component
class RevokedTokenList implements RevokedTokens, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevokedTokenList.class);

    private final RestClient rest;
    private final TaskScheduler scheduler;
    private final Duration refresh;
    private final Duration keep;
    private final Map<String, Instant> revokedBefore = new ConcurrentHashMap<>();
    private volatile Instant asOf;
    private volatile boolean failing;
    private volatile ScheduledFuture<?> schedule;

    RevokedTokenList(GatewayProperties properties, RestClient.Builder builder, TaskScheduler scheduler, AccessTokens tokens) {
        this.rest = IdentityClient.internalApi(properties, builder).build();
        this.scheduler = scheduler;
        this.refresh = properties.revocationRefresh();
        this.keep = tokens.maxLifetime().plus(AccessTokens.MAX_CLOCK_SKEW);
    }

    @Override
    public boolean isRevoked(AccessTokenClaims claims) {
        Instant before = revokedBefore.get(claims.subject());
        return before != null && (claims.issuedAt() == null || claims.issuedAt().isBefore(before));
    }

    void refresh() {
        try {
            JsonNode answer = rest.get()
                    .uri(uri -> uri.path("/internal/tokens/revocations").queryParamIfPresent("since",
                            Optional.ofNullable(asOf).map(Instant::toString)).build())
                    .retrieve().body(JsonNode.class);
            for (JsonNode revocation : answer.path("revocations")) {
                revokedBefore.merge(revocation.path("userId").asString(),
                        Instant.parse(revocation.path("revokedBefore").asString()),
                        (known, fresh) -> fresh.isAfter(known) ? fresh : known);
            }
            asOf = Instant.parse(answer.path("asOf").asString());
            revokedBefore.values().removeIf(before -> before.plus(keep).isBefore(asOf));
            if (failing) {
                log.info("Revoked tokens are fetched from identity-service again");
                failing = false;
            }
        }
        catch (RestClientException | IllegalArgumentException | DateTimeParseException ex) {
            if (!failing) {
                log.warn("Could not fetch revoked tokens from identity-service (the last list stays in force): {}",
                        ex.getMessage());
                failing = true;
            }
        }
    }

    @Override
    public void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::refresh, refresh);
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
        schedule = null;
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }
}
