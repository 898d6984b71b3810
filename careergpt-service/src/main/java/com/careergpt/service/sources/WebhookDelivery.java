package com.careergpt.service.sources;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt to deliver an event to a webhook, as the delivery log shows it. */
@Entity
@Table(name = "webhook_deliveries")
class WebhookDelivery {

    static final int MAX_ERROR = 1000;

    @Id
    private String id;

    @Column(nullable = false)
    private String deliveryId;

    @Column(nullable = false)
    private String webhookId;

    @Column(nullable = false)
    private String userId;

    private String sourceId;

    @Column(nullable = false)
    private String event;

    @Column(nullable = false)
    private String url;

    private int attempt;

    private Integer statusCode;

    private String error;

    @Column(nullable = false)
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(String id, String deliveryId, Webhook webhook, String sourceId, String event, int attempt,
            Integer statusCode, String error, Instant deliveredAt) {
        this.id = id;
        this.deliveryId = deliveryId;
        this.webhookId = webhook.id();
        this.userId = webhook.userId();
        this.sourceId = sourceId;
        this.event = event;
        this.url = webhook.url();
        this.attempt = attempt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        this.deliveredAt = deliveredAt;
    }

    WebhookDeliveryView view() {
        return new WebhookDeliveryView(deliveryId, webhookId, sourceId, event, url, attempt, statusCode, error,
                deliveredAt);
    }
}
