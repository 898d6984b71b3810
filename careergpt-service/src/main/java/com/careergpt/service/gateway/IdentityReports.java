package com.careergpt.service.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import com.careergpt.common.logs.LogEvent;

/** identity-service's internal reporting API: the usage funnel, guest creations and its log lines of a request. */
@Component
public class IdentityReports {

    private final RestClient rest;

    IdentityReports(GatewayProperties properties, RestClient.Builder builder) {
        this.rest = IdentityClient.internalApi(properties, builder).build();
    }

    /** Identities by the UTC day they became guests, with how many reached each later state. */
    public record FunnelDay(LocalDate day, long guests, long emailCollected, long verified, long members) {
    }

    private record Funnel(List<FunnelDay> days) {
    }

    private record GuestCount(Instant since, long count) {
    }

    private record LogLines(List<LogEvent> items) {
    }

    public List<FunnelDay> funnel(LocalDate from, LocalDate to) {
        return call(() -> rest.get().uri("/internal/usage/funnel?from={from}&to={to}", from, to).retrieve()
                .body(Funnel.class)).days();
    }

    public long guestsCreatedSince(Instant since) {
        return call(() -> rest.get().uri("/internal/usage/guests?since={since}", since.toString()).retrieve()
                .body(GuestCount.class)).count();
    }

    public List<LogEvent> logLines(String requestId) {
        return call(() -> rest.get().uri("/internal/logs?requestId={id}", requestId).retrieve()
                .body(LogLines.class)).items();
    }

    private static <T> T call(Supplier<T> exchange) {
        try {
            T answer = exchange.get();
            if (answer == null) {
                throw new IdentityUnavailableException("it answered without a body");
            }
            return answer;
        } catch (ResourceAccessException unreachable) {
            throw new IdentityUnavailableException("it cannot be reached");
        } catch (RestClientResponseException refused) {
            throw new IdentityUnavailableException("it answered " + refused.getStatusCode().value());
        }
    }
}
