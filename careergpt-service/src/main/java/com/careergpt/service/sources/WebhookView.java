package com.careergpt.service.sources;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A registered webhook; {@code secret} (the signatures' key) appears only in the answer to its registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(String id, String url, String sourceId, List<String> events, Instant createdAt,
        @Schema(description = "Key of the HMAC signatures of deliveries: shown once") String secret) {

    static WebhookView of(Webhook webhook, String secret) {
        return new WebhookView(webhook.id(), webhook.url(), webhook.sourceId(), webhook.events(), webhook.createdAt(),
                secret);
    }
}
