package com.careergpt.service.sources;

import java.time.Instant;

/** One delivery attempt: its delivery id is shared by the retries of the same event, and sent as X-CareerGPT-Delivery. */
public record WebhookDeliveryView(String deliveryId, String webhookId, String sourceId, String event, String url,
        int attempt, Integer statusCode, String error, Instant time) {
}
